package dev.bridgehead.search.language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which words of a result were reached through a translation, read from its highlights. */
public final class Crossings {

    private static final Pattern EMPHASIS = Pattern.compile("<em>(.+?)</em>");

    private Crossings() {
    }

    /**
     * The emphasised words of the given fields' highlights, adjacent Chinese characters joined back
     * into words, lower-cased, without repeats, at most {@code max}; single characters (a lone Chinese
     * character matched as a unigram) say too little to count.
     */
    public static List<String> emphasised(Map<String, List<String>> highlight, Collection<String> fields, int max) {
        Set<String> terms = new LinkedHashSet<>();
        for (String field : fields) {
            for (String fragment : highlight.getOrDefault(field, List.of())) {
                Matcher matcher = EMPHASIS.matcher(fragment.replace("</em><em>", ""));
                while (matcher.find() && terms.size() < max) {
                    String term = matcher.group(1).strip().toLowerCase(Locale.ROOT);
                    if (term.codePointCount(0, term.length()) > 1) {
                        terms.add(term);
                    }
                }
            }
        }
        return List.copyOf(terms);
    }

    /**
     * The bridges of {@code translation} whose target the result matched: a Chinese target within an
     * emphasised run of characters, an English one as its words.
     */
    public static List<Glossary.Bridge> reached(List<String> emphasised, Glossary.Translation translation) {
        List<Glossary.Bridge> reached = new ArrayList<>();
        for (Glossary.Bridge bridge : translation.bridges()) {
            String to = bridge.to().toLowerCase(Locale.ROOT);
            boolean found = Glossary.isChinese(to)
                    ? emphasised.stream().anyMatch(term -> term.contains(to))
                    : emphasised.contains(to) || emphasised.containsAll(List.of(to.split(" ")));
            if (found && !reached.contains(bridge)) {
                reached.add(bridge);
            }
        }
        return reached;
    }
}
