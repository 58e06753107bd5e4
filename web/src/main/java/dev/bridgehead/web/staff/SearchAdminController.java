package dev.bridgehead.web.staff;

import dev.bridgehead.search.indexer.IndexConsistency;
import dev.bridgehead.search.indexer.Reindexer;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import dev.bridgehead.web.security.Actors;
import dev.bridgehead.web.security.CsrfProtected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.Map;

/** Staff keep the search index healthy: rebuild it from MySQL, check it against MySQL and repair it. */
@Hidden
@CsrfProtected
@Secured({"STAFF", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/staff/search")
class SearchAdminController {

    static final String VIEW = "staff/search";

    private final Reindexer reindexer;
    private final IndexConsistency consistency;
    private final PageContextFactory pages;

    SearchAdminController(Reindexer reindexer, IndexConsistency consistency, PageContextFactory pages) {
        this.reindexer = reindexer;
        this.consistency = consistency;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request) {
        return HttpResponse.ok(Pages.view(VIEW, new SearchAdminPage(pages.of(request), reindexer.latest().orElse(null), null)));
    }

    @Post(uri = "/reindex", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> reindex(Authentication authentication, @Body Map<String, String> form) {
        reindexer.start(Actors.of(authentication));
        return HttpResponse.seeOther(URI.create("/staff/search"));
    }

    @Post(uri = "/check", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> check(HttpRequest<?> request, @Body Map<String, String> form) {
        IndexConsistency.Report report = consistency.check(true);
        return HttpResponse.ok(Pages.view(VIEW, new SearchAdminPage(pages.of(request), reindexer.latest().orElse(null), report)));
    }
}
