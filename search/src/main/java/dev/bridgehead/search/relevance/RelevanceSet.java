package dev.bridgehead.search.relevance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bridgehead.marketplace.listing.ListingInput;
import dev.bridgehead.marketplace.need.NeedInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Hand-made listings, searches and needs with graded answers (3 exactly what was asked, 2 clearly
 * relevant, 1 marginally; any other listing 0). A cross-language search is written in one language
 * and its one grade-3 answer only in the other.
 */
public record RelevanceSet(String about, List<Organization> organizations, List<ListingCase> listings, List<SearchCase> searches,
                           List<NeedCase> needs) {

    static final String RESOURCE = "/relevance/relevance-set.json";

    public record Organization(String key, String name, String nameZh, String jurisdiction) {
    }

    public record ListingCase(String key, String organization, String type, String title, String titleZh, String summary, String description,
                              String descriptionZh, List<String> sectors, List<String> tags, List<String> directions,
                              List<String> dataCategories) {

        public ListingInput input() {
            return new ListingInput(type, title, titleZh, summary, description, descriptionZh, sectors, dataCategories, directions,
                    List.of("API"), tags, List.of(), "NEGOTIABLE", null);
        }
    }

    /** A query with its graded answers, by listing key; {@code language} is en or zh, {@code kind} same-language or cross-language. */
    public record SearchCase(String query, String language, String kind, Map<String, Integer> relevant) {

        public boolean crossLanguage() {
            return "cross-language".equals(kind);
        }
    }

    public record NeedCase(String key, String organization, String title, String description, List<String> sectors, List<String> tags,
                           String direction, List<String> dataCategories, Map<String, Integer> relevant) {

        public NeedInput input() {
            return new NeedInput(title, description, sectors, dataCategories, direction, 0L, 0L, List.of(), null, false, tags, List.of(), null);
        }
    }

    /** The set kept in the repository. */
    public static RelevanceSet shipped() {
        try (InputStream in = RelevanceSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The relevance set " + RESOURCE + " is missing from the classpath");
            }
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true).readValue(in, RelevanceSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the relevance set " + RESOURCE, e);
        }
    }

    public Organization organization(String key) {
        return organizations.stream().filter(o -> o.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The relevance set has no organisation " + key));
    }
}
