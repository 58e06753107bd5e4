package dev.bridgehead.web.listing;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingChange;
import dev.bridgehead.marketplace.listing.ListingService;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.marketplace.scenario.ScenarioService;
import dev.bridgehead.search.readers.Glosses;
import dev.bridgehead.web.api.Paging;
import dev.bridgehead.web.i18n.Language;
import dev.bridgehead.web.page.PageContext;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import java.util.Objects;

/** The public catalogue of published listings, and each listing's page. */
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/listings")
class ListingPageController {

    static final String LIST_VIEW = "listing/list";
    static final String VIEW = "listing/show";

    private final AccountService accounts;
    private final ListingService listings;
    private final OrganizationService organizations;
    private final ScenarioService scenarios;
    private final Listings listingPages;
    private final PageContextFactory pages;
    private final Glosses glosses;

    ListingPageController(AccountService accounts, ListingService listings, OrganizationService organizations, ScenarioService scenarios, Listings listingPages,
                          PageContextFactory pages, Glosses glosses) {
        this.accounts = accounts;
        this.listings = listings;
        this.organizations = organizations;
        this.scenarios = scenarios;
        this.listingPages = listingPages;
        this.pages = pages;
        this.glosses = glosses;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> catalogue(HttpRequest<?> request, @Nullable @QueryValue Integer page) {
        Paging paging = Paging.of(page, 20);
        return HttpResponse.ok(Pages.view(LIST_VIEW, listingPages.page(pages.of(request), "listings.title",
                listings.published(paging.index(), paging.size()), "/listings")));
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, long id) {
        PageContext context = pages.of(request);
        Actor actor = context.actor();
        Listing listing = listings.get(actor, id);
        List<ListingChange> history = actor != null && actor.mayActFor(listing.organizationId()) ? listings.history(actor, id) : List.of();
        boolean managed = actor != null && actor.mayActFor(listing.organizationId());
        return HttpResponse.ok(Pages.view(VIEW, new ListingPage(context, listing,
                organizations.byIds(List.of(listing.organizationId())).get(listing.organizationId()), scenarios.byIds(listing.scenarioIds()),
                history, accounts.namesOf(history.stream().map(ListingChange::actorId).filter(Objects::nonNull).distinct().toList()),
                glosses.of(listing, context.language() == Language.ZH ? "zh" : "en").orElse(null),
                managed ? glosses.missedReadersIfCountable(listing).orElse(null) : null)));
    }
}
