package dev.bridgehead.search.language;

import dev.bridgehead.marketplace.glossary.GlossaryTerm;
import dev.bridgehead.marketplace.glossary.ShippedTerms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The park's Chinese–English terms (the shipped glossary with park staff's changes, see
 * {@code GlossaryTerms}), backed by a general dictionary for the words the glossary does not know,
 * and what a text becomes in the other language with them. English words and phrases are looked up
 * longest first; Chinese, which has no spaces, is segmented into the longest known words, left to
 * right (forward maximum matching over glossary and dictionary words). A glossary word wins over a
 * dictionary word of the same length; words neither knows are left out, not guessed. Plain Java, no
 * I/O once built.
 */
public final class Glossary {

    /** The longest English phrase looked up, in words. */
    static final int LONGEST_PHRASE = 5;
    /** The longest English phrase looked up in the general dictionary, in words. */
    static final int LONGEST_GENERAL_PHRASE = 3;
    private static final Pattern ENGLISH_WORD = Pattern.compile("[a-z0-9]+(?:[-'][a-z0-9]+)*");
    /**
     * English words the general dictionary does not translate: function words, and words every
     * listing uses (their Chinese would match everything).
     */
    public static final Set<String> NOT_TRANSLATED = Set.of("a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from",
            "into", "as", "is", "are", "be", "via", "per", "our", "we", "you", "your", "new", "all", "data", "service", "services", "platform",
            "solution", "solutions", "system", "systems", "provider", "providers", "based", "using", "s");

    /** Where a translation came from. */
    public enum Source {
        /** The park's glossary. */
        GLOSSARY,
        /** The general dictionary (CC-CEDICT). */
        DICTIONARY
    }

    /** A word of the text and what it was translated to: shown as {@code 航班 ↔ flight}. */
    public record Bridge(String from, String to, Source source) {

        public Bridge(String from, String to) {
            this(from, to, Source.GLOSSARY);
        }

        @Override
        public String toString() {
            return from + " ↔ " + to;
        }
    }

    /**
     * One word or phrase of a text as looked up, with what it is in the other language (empty when
     * neither the glossary nor the dictionary knows it): a search matches the unit in either language.
     */
    public record Unit(String text, List<String> translations) {
    }

    /**
     * A text in the other language: {@code english} holds the English of its Chinese words,
     * {@code chinese} the Chinese of its English ones; either may be empty. {@code units} are the
     * text's words and phrases in order, each with its translations.
     */
    public record Translation(String english, String chinese, List<Bridge> bridges, List<Unit> units) {
        public static final Translation NONE = new Translation("", "", List.of(), List.of());

        public boolean isEmpty() {
            return bridges.isEmpty();
        }

        /** Both directions as one text, for a query that searches every field. */
        public String text() {
            return (english + " " + chinese).strip();
        }
    }

    private final List<GlossaryTerm> terms;
    private final GeneralDictionary general;
    private final Map<String, Set<String>> chineseOf = new HashMap<>();
    private final Map<String, Set<String>> englishOf = new HashMap<>();
    private final int longestChinese;

    public Glossary(List<GlossaryTerm> terms, GeneralDictionary general) {
        this.terms = List.copyOf(terms);
        this.general = general;
        int longest = general.longestHeadword();
        for (GlossaryTerm term : terms) {
            chineseOf.computeIfAbsent(term.english(), k -> new LinkedHashSet<>()).add(term.chinese());
            englishOf.computeIfAbsent(term.chinese(), k -> new LinkedHashSet<>()).add(term.english());
            longest = Math.max(longest, term.chinese().codePointCount(0, term.chinese().length()));
        }
        this.longestChinese = longest;
    }

    /** The shipped glossary, without staff's changes, and the general dictionary. */
    public static Glossary shipped() {
        return new Glossary(ShippedTerms.all(), GeneralDictionary.shipped());
    }

    public List<GlossaryTerm> terms() {
        return terms;
    }

    /** The text's known words in the other language. */
    public Translation translate(String text) {
        if (text == null || text.isBlank()) {
            return Translation.NONE;
        }
        List<Bridge> bridges = new ArrayList<>();
        List<String> english = new ArrayList<>();
        List<String> chinese = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        englishWords(text, bridges, chinese, units);
        chineseWords(text, bridges, english, units);
        return bridges.isEmpty() ? Translation.NONE
                : new Translation(String.join(" ", english), String.join(" ", chinese), List.copyOf(bridges), List.copyOf(units));
    }

    private static void unit(List<Unit> units, String text, List<Bridge> bridges, int from) {
        units.add(new Unit(text, bridges.subList(from, bridges.size()).stream().map(Bridge::to).distinct().toList()));
    }

    /** The Chinese of a text cut into words (glossary and dictionary words; unknown characters one by one), the rest left out. */
    public List<String> segment(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        int[] points = text.codePoints().toArray();
        int i = 0;
        while (i < points.length) {
            if (!isHan(points[i])) {
                i++;
                continue;
            }
            int length = longestWordAt(points, i);
            words.add(new String(points, i, Math.max(length, 1)));
            i += Math.max(length, 1);
        }
        return words;
    }

    private void englishWords(String text, List<Bridge> bridges, List<String> chinese, List<Unit> units) {
        List<String> words = new ArrayList<>();
        Matcher matcher = ENGLISH_WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        int i = 0;
        while (i < words.size()) {
            int before = bridges.size();
            int taken = glossaryPhrase(words, i, bridges, chinese);
            if (taken == 0) {
                taken = dictionaryPhrase(words, i, bridges, chinese);
            }
            if (taken > 0 || !NOT_TRANSLATED.contains(words.get(i))) {
                unit(units, String.join(" ", words.subList(i, i + Math.max(taken, 1))), bridges, before);
            }
            i += Math.max(taken, 1);
        }
    }

    private int glossaryPhrase(List<String> words, int at, List<Bridge> bridges, List<String> chinese) {
        for (int length = Math.min(LONGEST_PHRASE, words.size() - at); length > 0; length--) {
            String phrase = String.join(" ", words.subList(at, at + length));
            Set<String> found = chineseOf.get(phrase);
            if (found == null && phrase.endsWith("s")) {
                found = chineseOf.get(phrase.substring(0, phrase.length() - 1));
            }
            if (found != null) {
                for (String term : found) {
                    bridges.add(new Bridge(phrase, term, Source.GLOSSARY));
                    chinese.add(term);
                }
                return length;
            }
        }
        return 0;
    }

    private int dictionaryPhrase(List<String> words, int at, List<Bridge> bridges, List<String> chinese) {
        if (NOT_TRANSLATED.contains(words.get(at))) {
            return 0;
        }
        for (int length = Math.min(LONGEST_GENERAL_PHRASE, words.size() - at); length > 0; length--) {
            String phrase = String.join(" ", words.subList(at, at + length));
            List<String> found = general.chinese(phrase);
            if (found.isEmpty() && phrase.endsWith("s")) {
                found = general.chinese(phrase.substring(0, phrase.length() - 1));
            }
            if (!found.isEmpty()) {
                for (String term : found) {
                    bridges.add(new Bridge(phrase, term, Source.DICTIONARY));
                    chinese.add(term);
                }
                return length;
            }
        }
        return 0;
    }

    private void chineseWords(String text, List<Bridge> bridges, List<String> english, List<Unit> units) {
        for (String word : segment(text)) {
            int before = bridges.size();
            Set<String> found = englishOf.get(word);
            if (found != null) {
                for (String term : found) {
                    bridges.add(new Bridge(word, term, Source.GLOSSARY));
                    english.add(term);
                }
            } else if (word.codePointCount(0, word.length()) > 1) {
                // One character alone is too ambiguous to translate from the dictionary; a longer segment is a dictionary word.
                String gloss = general.english(word);
                bridges.add(new Bridge(word, gloss, Source.DICTIONARY));
                english.add(gloss);
            }
            if (word.codePointCount(0, word.length()) > 1) {
                unit(units, word, bridges, before);
            }
        }
    }

    /** The length of the longest glossary or dictionary word starting at {@code i}; 0 when none does. */
    private int longestWordAt(int[] points, int i) {
        int longest = 0;
        for (int length = Math.min(longestChinese, points.length - i); length > 0 && longest == 0; length--) {
            if (!isHan(points[i + length - 1])) {
                continue;
            }
            String word = new String(points, i, length);
            if (englishOf.containsKey(word) || general.knows(word)) {
                longest = length;
            }
        }
        return longest;
    }

    /** Whether a text is written in Chinese: more Han characters than Latin letters. */
    public static boolean isChinese(String text) {
        if (text == null) {
            return false;
        }
        long han = text.codePoints().filter(Glossary::isHan).count();
        long latin = text.codePoints().filter(c -> c < 128 && Character.isLetter(c)).count();
        return han > latin;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
