package dev.bridgehead.search.query;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * One page of matching listings with highlights, and the facet counts for the whole result.
 *
 * @param bridges the query's words that were also searched in the other language, as {@code 港口 ↔ port}
 */
public record SearchResult(long total, int page, int size, List<Hit> items, Map<SearchQuery.Facet, List<FacetCount>> facets,
                           List<OrganizationHit> organizations, List<String> bridges) {

    /** An organisation whose listings match, with how many do: organisation results beside listing results. */
    public record OrganizationHit(String id, String name, @Nullable String nameZh, String jurisdiction, long listings) {
    }

    /**
     * A matching listing. {@code highlights} holds, per field, fragments with the matches in {@code <em>};
     * {@code crossed} the words through which it was found in the other language, as {@code 航班 ↔ flight}.
     */
    public record Hit(String id, String type, String title, @Nullable String titleZh, @Nullable String summary, String organizationId,
                      String organizationName, @Nullable String organizationNameZh, String jurisdiction, List<String> sectors,
                      List<String> dataCategories, Map<String, List<String>> highlights, List<String> crossed) {
    }

    /** A facet value and how many results have it. */
    public record FacetCount(String value, long count) {
    }
}
