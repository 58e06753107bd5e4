package dev.bridgehead.search.readers;

import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.search.language.Glossary;
import dev.bridgehead.search.language.TermBase;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a listing written in one language offers a reader of the other: a gloss of its title and
 * tags made word by word with the glossary and the general dictionary (machine-made, and shown as
 * such), and how many searches in that language this month shared a word with the gloss, the
 * readers its provider would reach with a title of its own in that language.
 */
@Singleton
public class Glosses {

    /** The park's months are in park time. */
    static final ZoneId PARK_TIME = ZoneId.of("Asia/Shanghai");

    /** A glossary-made rendering: {@code language} is en or zh; words the glossary does not know are left out. */
    public record Gloss(String language, String title, List<String> tags) {
    }

    private final TermBase terms;
    private final SearchLog log;
    private final Clock clock;

    Glosses(TermBase terms, SearchLog log, Clock clock) {
        this.terms = terms;
        this.log = log;
        this.clock = clock;
    }

    /** The language a listing lacks: en or zh; empty for a bilingual listing. */
    public static Optional<String> missingLanguage(Listing listing) {
        if (listing.titleZh() != null && !listing.titleZh().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Glossary.isChinese(listing.title()) ? "en" : "zh");
    }

    /** The gloss a reader of {@code readerLanguage} (en or zh) sees, when the listing lacks that language and the glossary knows some of its words. */
    public Optional<Gloss> of(Listing listing, String readerLanguage) {
        if (!missingLanguage(listing).map(readerLanguage::equals).orElse(false)) {
            return Optional.empty();
        }
        Glossary glossary = terms.current();
        String title = rendered(glossary.translate(listing.title()), readerLanguage);
        if (title.isBlank()) {
            return Optional.empty();
        }
        List<String> tags = new ArrayList<>();
        for (String tag : listing.tags()) {
            String rendered = rendered(glossary.translate(tag), readerLanguage);
            if (!rendered.isBlank() && !tags.contains(rendered)) {
                tags.add(rendered);
            }
        }
        return Optional.of(new Gloss(readerLanguage, title, tags));
    }

    /**
     * How many searches in the language the listing lacks, this month (park time), shared a word with
     * the gloss of its title: 0 for a bilingual listing.
     */
    public long missedReaders(Listing listing) {
        Optional<String> missing = missingLanguage(listing);
        if (missing.isEmpty()) {
            return 0;
        }
        Glossary glossary = terms.current();
        Glossary.Translation translation = glossary.translate(listing.title());
        Set<String> words = new LinkedHashSet<>();
        if (missing.get().equals("en")) {
            for (String word : translation.english().split(" ")) {
                if (word.length() > 2 && !Glossary.NOT_TRANSLATED.contains(word)) {
                    words.add(word);
                }
            }
        } else {
            for (String word : translation.chinese().split(" ")) {
                if (word.codePointCount(0, word.length()) > 1 && !"数据".equals(word)) {
                    words.add(word);
                }
            }
        }
        Instant monthStart = LocalDate.now(clock.withZone(PARK_TIME)).withDayOfMonth(1).atStartOfDay(PARK_TIME).toInstant();
        return log.count(missing.get(), words, monthStart);
    }

    /** The first translation of each word the glossary or the dictionary knows, in the text's order. */
    /**
     * {@link #missedReaders} for a listing written in one language, or empty: for a bilingual
     * listing, and when the searches cannot be counted now (a page then shows no count rather than fail).
     */
    public Optional<Long> missedReadersIfCountable(Listing listing) {
        if (missingLanguage(listing).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(missedReaders(listing));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String rendered(Glossary.Translation translation, String language) {
        List<String> words = translation.units().stream().filter(unit -> !unit.translations().isEmpty())
                .map(unit -> unit.translations().get(0)).filter(word -> Glossary.isChinese(word) == language.equals("zh")).toList();
        return String.join(language.equals("en") ? " " : "", words);
    }
}
