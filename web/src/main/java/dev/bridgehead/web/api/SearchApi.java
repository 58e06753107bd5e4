package dev.bridgehead.web.api;

import dev.bridgehead.marketplace.failure.InputCheck;
import dev.bridgehead.search.query.ListingSearch;
import dev.bridgehead.search.query.SearchQuery;
import dev.bridgehead.search.query.SearchQuery.Facet;
import dev.bridgehead.search.query.SearchResult;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

@Tag(name = "search")
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/v1")
public class SearchApi {

    private final ListingSearch search;

    SearchApi(ListingSearch search) {
        this.search = search;
    }

    @Operation(summary = "Search published listings in English or Chinese, with facets; every facet parameter is repeatable")
    @Get("/search")
    CompletableFuture<SearchView> search(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue String sort,
                                         @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        // No thread waits for Elasticsearch: the answer is written when it arrives.
        return search.searchAsync(SearchQuery.of(q, filters(request), sort, page, size)).thenApply(SearchView::of);
    }

    @Operation(summary = "Up to ten completions of listing titles, organisation names and tags")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Get("/suggest")
    List<String> suggest(@Nullable @QueryValue String prefix) {
        InputCheck check = new InputCheck();
        check.maxLength("prefix", prefix, SearchQuery.MAX_TEXT);
        check.throwIfInvalid();
        return search.suggest(prefix);
    }

    /** Every facet parameter, repeated as often as given. */
    public static Map<Facet, List<String>> filters(HttpRequest<?> request) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = request.getParameters().getAll(facet.parameter());
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        return filters;
    }

    /**
     * The search result as API.md has it.
     *
     * @param bridges the query's words also searched in the other language, as {@code 港口 ↔ port} (the park's glossary)
     */
    @Serdeable
    record SearchView(long total, int page, int size, List<Item> items, Map<String, List<FacetValue>> facets,
                      List<OrganizationHit> organizations, List<String> bridges) {

        static SearchView of(SearchResult result) {
            Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
            result.facets().forEach((facet, counts) -> facets.put(facet.parameter(),
                    counts.stream().map(count -> new FacetValue(count.value(), count.count())).toList()));
            return new SearchView(result.total(), result.page(), result.size(), result.items().stream().map(Item::of).toList(), facets,
                    result.organizations().stream().map(o -> new OrganizationHit(o.id(), o.name(), o.nameZh(), o.jurisdiction(), o.listings()))
                            .toList(), result.bridges());
        }
    }

    /** A result; {@code crossed} names the words through which it was found in the other language, as {@code 航班 ↔ flight}. */
    @Serdeable
    record Item(String id, String type, String title, @Nullable String titleZh, @Nullable String summary, OrganizationRef organization,
                List<String> sectors, List<String> dataCategories, Map<String, List<String>> highlights, List<String> crossed) {

        static Item of(SearchResult.Hit hit) {
            return new Item(hit.id(), hit.type(), hit.title(), hit.titleZh(), hit.summary(),
                    new OrganizationRef(hit.organizationId(), hit.organizationName(), hit.jurisdiction()), hit.sectors(), hit.dataCategories(),
                    hit.highlights(), hit.crossed());
        }
    }

    @Serdeable
    record OrganizationRef(String id, String name, String jurisdiction) {
    }

    @Serdeable
    record FacetValue(String value, long count) {
    }

    /** An organisation whose listings match, and how many do. */
    @Serdeable
    record OrganizationHit(String id, String name, @Nullable String nameZh, String jurisdiction, long listings) {
    }
}
