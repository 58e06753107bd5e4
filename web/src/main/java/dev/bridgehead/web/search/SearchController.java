package dev.bridgehead.web.search;

import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.search.query.ListingSearch;
import dev.bridgehead.search.query.SearchQuery;
import dev.bridgehead.search.query.SearchQuery.Facet;
import dev.bridgehead.search.query.SearchUnavailable;
import dev.bridgehead.web.api.SearchApi;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.PageContext;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;

/** The search page; while Elasticsearch is away it says so and keeps the query. */
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/search")
class SearchController {

    static final String VIEW = "search/search";

    private final ListingSearch search;
    private final PageContextFactory pages;

    SearchController(ListingSearch search, PageContextFactory pages) {
        this.search = search;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> search(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue String sort,
                           @Nullable @QueryValue Integer page) {
        PageContext context = pages.of(request);
        Map<Facet, List<String>> filters = SearchApi.filters(request);
        String text = q == null ? "" : q.strip();
        String order = sort == null || sort.isBlank() ? "relevance" : sort;
        try {
            SearchQuery query = SearchQuery.of(text, filters, order, page, 20);
            return HttpResponse.ok(Pages.view(VIEW, new SearchPage(context, text, query.filters(), order, search.search(query), false,
                    FormErrors.none())));
        } catch (InvalidInput e) {
            return HttpResponse.badRequest(Pages.view(VIEW, new SearchPage(context, text.length() > SearchQuery.MAX_TEXT
                    ? text.substring(0, SearchQuery.MAX_TEXT) : text, Map.of(), "relevance", null, false, FormErrors.of(e, context.messages(), f -> f))));
        } catch (SearchUnavailable e) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(Pages.view(VIEW, new SearchPage(context, text, Map.of(), order, null,
                    true, FormErrors.none())));
        }
    }
}
