package dev.bridgehead.search.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The park's Chinese–English terms (shipped as {@code glossary/park-glossary.tsv}) and what a text
 * becomes in the other language with them: English words and phrases are looked up longest first;
 * Chinese, which has no spaces, is cut into the longest glossary words it contains, left to right.
 * Words the glossary does not know are left out, not guessed. Plain Java, no I/O once built.
 */
public final class Glossary {

    static final String RESOURCE = "/glossary/park-glossary.tsv";
    /** The longest English phrase looked up, in words. */
    static final int LONGEST_PHRASE = 5;
    private static final Pattern ENGLISH_WORD = Pattern.compile("[a-z0-9]+(?:[-'][a-z0-9]+)*");

    /** One line of the glossary. */
    public record Term(String english, String chinese, String sector, String source) {
    }

    /** A word of the text and what it was translated to: shown as {@code 航班 ↔ flight}. */
    public record Bridge(String from, String to) {
        @Override
        public String toString() {
            return from + " ↔ " + to;
        }
    }

    /**
     * A text in the other language: {@code english} holds the English of its Chinese words,
     * {@code chinese} the Chinese of its English ones; either may be empty.
     */
    public record Translation(String english, String chinese, List<Bridge> bridges) {
        public static final Translation NONE = new Translation("", "", List.of());

        public boolean isEmpty() {
            return bridges.isEmpty();
        }

        /** Both directions as one text, for a query that searches every field. */
        public String text() {
            return (english + " " + chinese).strip();
        }
    }

    private final List<Term> terms;
    private final Map<String, Set<String>> chineseOf = new LinkedHashMap<>();
    private final Map<String, Set<String>> englishOf = new LinkedHashMap<>();
    private final int longestChinese;

    public Glossary(List<Term> terms) {
        this.terms = List.copyOf(terms);
        int longest = 1;
        for (Term term : terms) {
            chineseOf.computeIfAbsent(term.english(), k -> new LinkedHashSet<>()).add(term.chinese());
            englishOf.computeIfAbsent(term.chinese(), k -> new LinkedHashSet<>()).add(term.english());
            longest = Math.max(longest, term.chinese().codePointCount(0, term.chinese().length()));
        }
        this.longestChinese = longest;
    }

    /** The glossary shipped with Bridgehead. */
    public static Glossary shipped() {
        try (InputStream in = Glossary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The glossary " + RESOURCE + " is missing from the classpath");
            }
            return new Glossary(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the glossary " + RESOURCE, e);
        }
    }

    /** Terms from tab-separated lines (english, chinese, sector, source); '#' comments and the header are skipped. */
    static List<Term> read(InputStream in) throws IOException {
        List<Term> terms = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("english\t")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length < 2 || columns[0].isBlank() || columns[1].isBlank()) {
                throw new IllegalStateException("Glossary line " + number + " needs an English and a Chinese term: " + line);
            }
            terms.add(new Term(columns[0].strip().toLowerCase(Locale.ROOT), columns[1].strip(), columns.length > 2 ? columns[2].strip() : "",
                    columns.length > 3 ? columns[3].strip() : ""));
        }
        return terms;
    }

    public List<Term> terms() {
        return terms;
    }

    /** The text's glossary words in the other language. */
    public Translation translate(String text) {
        if (text == null || text.isBlank()) {
            return Translation.NONE;
        }
        List<Bridge> bridges = new ArrayList<>();
        List<String> english = new ArrayList<>();
        List<String> chinese = new ArrayList<>();
        englishWords(text, bridges, chinese);
        chineseWords(text, bridges, english);
        return bridges.isEmpty() ? Translation.NONE : new Translation(String.join(" ", english), String.join(" ", chinese), List.copyOf(bridges));
    }

    private void englishWords(String text, List<Bridge> bridges, List<String> chinese) {
        List<String> words = new ArrayList<>();
        Matcher matcher = ENGLISH_WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        int i = 0;
        while (i < words.size()) {
            int taken = 0;
            for (int length = Math.min(LONGEST_PHRASE, words.size() - i); length > 0 && taken == 0; length--) {
                String phrase = String.join(" ", words.subList(i, i + length));
                Set<String> found = chineseOf.get(phrase);
                if (found == null && phrase.endsWith("s")) {
                    found = chineseOf.get(phrase.substring(0, phrase.length() - 1));
                }
                if (found != null) {
                    for (String term : found) {
                        bridges.add(new Bridge(phrase, term));
                        chinese.add(term);
                    }
                    taken = length;
                }
            }
            i += Math.max(taken, 1);
        }
    }

    private void chineseWords(String text, List<Bridge> bridges, List<String> english) {
        int[] points = text.codePoints().toArray();
        int i = 0;
        while (i < points.length) {
            if (Character.UnicodeScript.of(points[i]) != Character.UnicodeScript.HAN) {
                i++;
                continue;
            }
            int taken = 0;
            for (int length = Math.min(longestChinese, points.length - i); length > 0 && taken == 0; length--) {
                String word = new String(points, i, length);
                Set<String> found = englishOf.get(word);
                if (found != null) {
                    for (String term : found) {
                        bridges.add(new Bridge(word, term));
                        english.add(term);
                    }
                    taken = length;
                }
            }
            i += Math.max(taken, 1);
        }
    }
}
