package dev.bridgehead.search.index;

import dev.bridgehead.marketplace.indexing.IndexedListing;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.search.language.Glossary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A published listing as the index holds it, with its organisation's name, jurisdiction and
 * compliance facts copied in so a search needs no join. Certifications and mechanisms are those
 * park staff verified and valid on the day the document was built; times are ISO-8601 text, as Elasticsearch reads dates.
 */
@Serdeable
public record ListingDocument(
        String id,
        String type,
        String title,
        @Nullable String titleZh,
        @Nullable String summary,
        @Nullable String description,
        @Nullable String descriptionZh,
        List<String> tags,
        List<String> sectors,
        List<String> dataCategories,
        List<String> directions,
        List<String> deliveryModes,
        String priceModel,
        List<String> scenarioIds,
        List<String> scenarioTitles,
        String organizationId,
        String organizationName,
        @Nullable String organizationNameZh,
        String jurisdiction,
        List<String> certifications,
        List<String> mechanisms,
        List<String> acceptsCategories,
        @Nullable String publishedAt,
        @Nullable String translated,
        List<String> suggest) {

    /**
     * The document of a listing; {@code glossary} gives a listing written in one language the other
     * language's words for its title and tags ({@code translated}, searched at a lower weight).
     */
    public static ListingDocument of(IndexedListing indexed, LocalDate today, Glossary glossary) {
        Listing l = indexed.listing();
        Organization o = indexed.organization();
        List<String> scenarioTitles = new ArrayList<>();
        indexed.scenarios().forEach(s -> {
            scenarioTitles.add(s.title());
            if (s.titleZh() != null) {
                scenarioTitles.add(s.titleZh());
            }
        });
        List<String> suggest = new ArrayList<>();
        suggest.add(l.title());
        addIfPresent(suggest, l.titleZh());
        suggest.add(o.name());
        addIfPresent(suggest, o.nameZh());
        suggest.addAll(l.tags());
        return new ListingDocument(l.id().toString(), l.type().name(), l.title(), l.titleZh(), l.summary(), l.description(), l.descriptionZh(),
                l.tags(), names(l.sectors()), names(l.dataCategories()), names(l.directions()), names(l.deliveryModes()), l.priceModel().name(),
                l.scenarioIds().stream().map(String::valueOf).toList(), scenarioTitles, o.id().toString(), o.name(), o.nameZh(),
                o.jurisdiction().name(),
                indexed.profile().certifications().stream().filter(c -> c.countsOn(today)).map(c -> c.code().name()).distinct().toList(),
                indexed.profile().mechanisms().stream().filter(m -> m.countsOn(today)).map(m -> m.code().name()).distinct().toList(),
                names(indexed.profile().acceptsCategories()), l.publishedAt() == null ? null : l.publishedAt().toString(),
                translated(l, glossary), suggest.stream().map(s -> s.length() > 60 ? s.substring(0, 60) : s).distinct().toList());
    }

    /**
     * The other language's words for the title and tags of a listing written in one language: the
     * Chinese of an English one, the English of a Chinese one; null for a bilingual listing, whose
     * own words serve both.
     */
    static String translated(Listing listing, Glossary glossary) {
        if (listing.titleZh() != null && !listing.titleZh().isBlank()) {
            return null;
        }
        String text = listing.title() + " \n " + String.join(" \n ", listing.tags());
        Glossary.Translation translation = glossary.translate(text);
        String other = Glossary.isChinese(listing.title()) ? translation.english() : translation.chinese();
        return other.isBlank() ? null : other;
    }

    private static void addIfPresent(List<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value);
        }
    }

    private static List<String> names(List<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).toList();
    }
}
