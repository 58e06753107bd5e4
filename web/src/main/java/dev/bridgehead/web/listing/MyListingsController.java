package dev.bridgehead.web.listing;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingService;
import dev.bridgehead.marketplace.scenario.ScenarioService;
import dev.bridgehead.web.api.Paging;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.PageContext;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import dev.bridgehead.web.security.Actors;
import dev.bridgehead.web.security.CsrfProtected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.Map;

/** A provider's own listings: the list with their states, the form to write one, and the moves its life cycle allows. */
@Hidden
@CsrfProtected
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/my/listings")
class MyListingsController {

    static final String LIST_VIEW = "listing/list";
    static final String FORM_VIEW = "listing/form";
    static final int ALL_SCENARIOS = 100;

    private final ListingService listings;
    private final ScenarioService scenarios;
    private final Listings listingPages;
    private final PageContextFactory pages;
    private final dev.bridgehead.search.readers.Glosses glosses;

    MyListingsController(ListingService listings, ScenarioService scenarios, Listings listingPages, PageContextFactory pages,
                         dev.bridgehead.search.readers.Glosses glosses) {
        this.glosses = glosses;
        this.listings = listings;
        this.scenarios = scenarios;
        this.listingPages = listingPages;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> mine(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Integer page) {
        Actor actor = Actors.member(authentication);
        Paging paging = Paging.of(page, 20);
        return HttpResponse.ok(Pages.view(LIST_VIEW, listingPages.page(pages.of(request), "myListings.title",
                listings.ofOrganization(actor, actor.organizationId(), paging.index(), paging.size()), "/my/listings")));
    }

    @Get(uri = "/new", produces = MediaType.TEXT_HTML)
    HttpResponse<?> newForm(HttpRequest<?> request, Authentication authentication) {
        Actors.member(authentication);
        return HttpResponse.ok(form(pages.of(request), null, ListingForm.empty(), FormErrors.none()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body ListingForm form) {
        Actor actor = Actors.member(authentication);
        try {
            Listing listing = listings.create(actor, form.input());
            return HttpResponse.seeOther(URI.create("/listings/" + listing.id() + "?notice=created"));
        } catch (InvalidInput e) {
            PageContext context = pages.of(request);
            return HttpResponse.badRequest(form(context, null, form, FormErrors.of(e, context.messages(), ListingForm::fieldOf)));
        }
    }

    @Get(uri = "/{id}/edit", produces = MediaType.TEXT_HTML)
    HttpResponse<?> editForm(HttpRequest<?> request, Authentication authentication, long id) {
        Listing listing = managed(authentication, id);
        return HttpResponse.ok(form(pages.of(request), listing, ListingForm.of(listing), FormErrors.none()));
    }

    @Post(uri = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> update(HttpRequest<?> request, Authentication authentication, long id, @Body ListingForm form) {
        try {
            Listing saved = listings.update(Actors.of(authentication), id, form.input());
            return HttpResponse.seeOther(URI.create("/listings/" + id + "?notice=" + (saved.hasPendingRevision() ? "revisionSent" : "saved")));
        } catch (Conflict e) {
            PageContext context = pages.of(request);
            Listing current = managed(authentication, id);
            return HttpResponse.status(HttpStatus.CONFLICT).body(form(context, current, form.atVersion(current.version()),
                    FormErrors.stale(context.messages())));
        } catch (InvalidInput e) {
            PageContext context = pages.of(request);
            return HttpResponse.badRequest(form(context, managed(authentication, id), form, FormErrors.of(e, context.messages(), ListingForm::fieldOf)));
        }
    }

    @Post(uri = "/{id}/submit", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> submit(Authentication authentication, long id, @Body Map<String, String> form) {
        listings.submit(Actors.of(authentication), id);
        return HttpResponse.seeOther(URI.create("/listings/" + id + "?notice=submitted"));
    }

    @Post(uri = "/{id}/unpublish", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> unpublish(Authentication authentication, long id, @Body Map<String, String> form) {
        listings.unpublish(Actors.of(authentication), id);
        return HttpResponse.seeOther(URI.create("/listings/" + id + "?notice=unpublished"));
    }

    private Object form(PageContext context, Listing listing, ListingForm form, FormErrors errors) {
        return Pages.view(FORM_VIEW, new ListingFormPage(context, listing, form, errors, scenarios.list(0, ALL_SCENARIOS).getContent(),
                listing == null ? null : glosses.missedReadersIfCountable(listing).orElse(null)));
    }

    private Listing managed(Authentication authentication, long id) {
        Actor actor = Actors.of(authentication);
        Listing listing = listings.get(actor, id);
        if (!actor.mayActFor(listing.organizationId())) {
            throw new NotFound("Listing " + id);
        }
        return listing;
    }

}
