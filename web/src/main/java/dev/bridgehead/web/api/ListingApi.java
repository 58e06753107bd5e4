package dev.bridgehead.web.api;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingInput;
import dev.bridgehead.marketplace.listing.ListingService;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.organization.OrganizationRepository;
import dev.bridgehead.web.api.Views.ListingChangeView;
import dev.bridgehead.web.api.Views.ListingView;
import dev.bridgehead.web.security.Actors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;

@Tag(name = "listings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1")
class ListingApi {

    private final ListingService listings;
    private final OrganizationRepository organizations;

    ListingApi(ListingService listings, OrganizationRepository organizations) {
        this.listings = listings;
        this.organizations = organizations;
    }

    @Operation(summary = "Create a listing of your organisation, as a draft")
    @Post("/listings")
    HttpResponse<ListingView> create(@Body ListingInput input, Authentication authentication) {
        Listing listing = listings.create(Actors.of(authentication), input);
        return HttpResponse.created(view(listing), URI.create("/api/v1/listings/" + listing.id()));
    }

    @Operation(summary = "A listing: anyone for a published one, its organisation and staff otherwise")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/listings/{id}")
    ListingView get(long id, @Nullable Authentication authentication) {
        return view(listings.get(Actors.of(authentication), id));
    }

    @Operation(summary = "Change a listing; carries the version it was read at. A published listing keeps its live version and gets the change "
            + "as a pending revision for staff")
    @Put("/listings/{id}")
    ListingView update(long id, @Body ListingInput input, Authentication authentication) {
        return view(listings.update(Actors.of(authentication), id, input));
    }

    @Operation(summary = "Owner: submit a listing for review")
    @Post("/listings/{id}/submit")
    ListingView submit(long id, Authentication authentication) {
        return view(listings.submit(Actors.of(authentication), id));
    }

    @Operation(summary = "Staff: publish a listing")
    @Post("/listings/{id}/publish")
    ListingView publish(long id, Authentication authentication) {
        return view(listings.publish(Actors.of(authentication), id));
    }

    @Operation(summary = "Owner or staff: unpublish a listing")
    @Post("/listings/{id}/unpublish")
    ListingView unpublish(long id, Authentication authentication) {
        return view(listings.unpublish(Actors.of(authentication), id));
    }

    @Operation(summary = "Staff: reject a submitted listing, with a reason")
    @Post("/listings/{id}/reject")
    ListingView reject(long id, @Body Reason reason, Authentication authentication) {
        return view(listings.reject(Actors.of(authentication), id, reason.reason()));
    }

    @Operation(summary = "Staff: make a published listing's pending revision its live version; carries the version of the listing read, if any")
    @Post("/listings/{id}/revision/publish")
    ListingView publishRevision(long id, @Nullable @Body RevisionDecision decision, Authentication authentication) {
        return view(listings.publishRevision(Actors.of(authentication), id, decision == null ? null : decision.version()));
    }

    @Operation(summary = "Staff: refuse a published listing's pending revision, with a reason for its owner; the live version stays")
    @Post("/listings/{id}/revision/reject")
    ListingView rejectRevision(long id, @Body RevisionDecision decision, Authentication authentication) {
        return view(listings.rejectRevision(Actors.of(authentication), id, decision.reason(), decision.version()));
    }

    @Operation(summary = "A listing's history: who changed what, when")
    @Get("/listings/{id}/history")
    List<ListingChangeView> history(long id, Authentication authentication) {
        return listings.history(Actors.of(authentication), id).stream().map(ListingChangeView::of).toList();
    }

    @Operation(summary = "An organisation's listings, in every state, for its members and staff")
    @Get("/organizations/{id}/listings")
    PageView<ListingView> ofOrganization(long id, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                         Authentication authentication) {
        Paging paging = Paging.of(page, size);
        Actor actor = Actors.of(authentication);
        var found = listings.ofOrganization(actor, id, paging.index(), paging.size());
        // One organisation for the whole page, read once.
        Organization organization = organizations.findById(id).orElseThrow(() -> new dev.bridgehead.marketplace.failure.NotFound("Organisation " + id));
        return PageView.of(found, listing -> ListingView.of(listing, organization));
    }

    private ListingView view(Listing listing) {
        return ListingView.of(listing, organizations.findById(listing.organizationId()).orElseThrow());
    }

    @Serdeable
    record Reason(@Nullable String reason) {
    }

    /** Staff's decision on a revision: the reason (to reject) and the version of the listing they read. */
    @Serdeable
    record RevisionDecision(@Nullable String reason, @Nullable Integer version) {
    }
}
