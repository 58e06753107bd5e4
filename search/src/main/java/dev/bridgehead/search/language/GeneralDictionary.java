package dev.bridgehead.search.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A general Chinese–English dictionary, derived from CC-CEDICT (CC BY-SA 4.0, MDBG; see
 * {@code search/dictionary/README.md}): about 85,000 simplified headwords with up to three short
 * English glosses each. It translates the words the park's glossary does not know: a Chinese word
 * to its first gloss, an English word or phrase to the headwords that have it as a gloss.
 * Loaded once per JVM, immutable.
 */
public final class GeneralDictionary {

    static final String RESOURCE = "/glossary/cedict-general.tsv.gz";
    /** How many Chinese words one English word or phrase may become: the likeliest, not every sense. */
    static final int MAX_CHINESE_PER_ENGLISH = 2;

    private static volatile GeneralDictionary shipped;

    private final Map<String, List<String>> glossesOf;
    private final Map<String, List<String>> headwordsOf;
    private final int longestHeadword;

    GeneralDictionary(Map<String, List<String>> glossesOf) {
        this.glossesOf = Map.copyOf(glossesOf);
        // How many headwords each character is part of: a rough stand-in for how common a word made of them is.
        Map<Integer, Integer> wordsWith = new HashMap<>();
        glossesOf.keySet().forEach(headword -> headword.codePoints().distinct().forEach(c -> wordsWith.merge(c, 1, Integer::sum)));
        Map<String, List<Ranked>> byGloss = new HashMap<>();
        int longest = 1;
        for (Map.Entry<String, List<String>> entry : glossesOf.entrySet()) {
            String headword = entry.getKey();
            longest = Math.max(longest, headword.codePointCount(0, headword.length()));
            List<String> glosses = entry.getValue();
            for (int i = 0; i < glosses.size(); i++) {
                double rarity = -headword.codePoints().mapToDouble(c -> Math.log(wordsWith.getOrDefault(c, 1))).min().orElse(0);
                byGloss.computeIfAbsent(glosses.get(i), k -> new ArrayList<>()).add(new Ranked(headword, i, rarity));
            }
        }
        Map<String, List<String>> reverse = new HashMap<>();
        byGloss.forEach((gloss, ranked) -> reverse.put(gloss, ranked.stream()
                .filter(r -> r.headword.codePointCount(0, r.headword.length()) > 1)
                .sorted(Comparator.comparingInt(Ranked::position).thenComparingInt(Ranked::length).thenComparingDouble(Ranked::rarity)
                        .thenComparing(Ranked::headword))
                .limit(MAX_CHINESE_PER_ENGLISH).map(Ranked::headword).toList()));
        reverse.values().removeIf(List::isEmpty);
        this.headwordsOf = Map.copyOf(reverse);
        this.longestHeadword = longest;
    }

    /**
     * A headword with where its gloss stands among its senses and how rare its rarest character is:
     * the first sense ranks first, then two-character words, then words made of common characters.
     */
    private record Ranked(String headword, int position, double rarity) {
        int length() {
            return Math.abs(headword.codePointCount(0, headword.length()) - 2);
        }
    }

    /** The dictionary shipped with Bridgehead, read on first use. */
    public static GeneralDictionary shipped() {
        GeneralDictionary dictionary = shipped;
        if (dictionary == null) {
            synchronized (GeneralDictionary.class) {
                dictionary = shipped;
                if (dictionary == null) {
                    dictionary = read();
                    shipped = dictionary;
                }
            }
        }
        return dictionary;
    }

    /** No dictionary at all: the glossary alone. */
    public static GeneralDictionary empty() {
        return new GeneralDictionary(Map.of());
    }

    private static GeneralDictionary read() {
        try (InputStream raw = GeneralDictionary.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("The general dictionary " + RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            Map<String, List<String>> glosses = new HashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 1) {
                    continue;
                }
                glosses.put(line.substring(0, tab), List.of(line.substring(tab + 1).split("\\|")));
            }
            return new GeneralDictionary(glosses);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the general dictionary " + RESOURCE, e);
        }
    }

    /** The first gloss of a Chinese word, or null. */
    public String english(String chinese) {
        List<String> glosses = glossesOf.get(chinese);
        return glosses == null ? null : glosses.get(0);
    }

    /** Whether the Chinese word is a headword. */
    public boolean knows(String chinese) {
        return glossesOf.containsKey(chinese);
    }

    /** The likeliest Chinese words for an English word or phrase (lower-case), at most two; empty when none. */
    public List<String> chinese(String english) {
        return headwordsOf.getOrDefault(english, List.of());
    }

    /** The longest headword, in characters. */
    int longestHeadword() {
        return longestHeadword;
    }
}
