package dev.bridgehead.web.staff;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.listing.ListingService;
import dev.bridgehead.marketplace.organization.ComplianceProfileService;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.web.api.Paging;
import dev.bridgehead.web.listing.Listings;
import dev.bridgehead.web.organization.ComplianceSummary;
import dev.bridgehead.web.page.PageContext;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import dev.bridgehead.web.security.Actors;
import dev.bridgehead.web.security.CsrfProtected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The verification and moderation queues, and the decisions staff take from them. */
@Hidden
@CsrfProtected
@Secured({"STAFF", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/staff")
class StaffController {

    static final String VERIFICATION_VIEW = "staff/verification";
    static final String MODERATION_VIEW = "staff/moderation";
    static final int REVISIONS_SHOWN = 20;
    static final int VERIFICATIONS_SHOWN = 20;

    private final OrganizationService organizations;
    private final ComplianceProfileService profiles;
    private final ListingService listings;
    private final Listings listingPages;
    private final PageContextFactory pages;
    private final Clock clock;

    StaffController(OrganizationService organizations, ComplianceProfileService compliance, ListingService listings, Listings listingPages,
                    PageContextFactory pages, Clock clock) {
        this.organizations = organizations;
        this.profiles = compliance;
        this.listings = listings;
        this.listingPages = listingPages;
        this.pages = pages;
        this.clock = clock;
    }

    @Get(uri = "/verification", produces = MediaType.TEXT_HTML)
    HttpResponse<?> verification(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Integer page) {
        int shown = page == null || page < 1 ? 1 : Math.min(page, 10_000);
        Page<Organization> found = organizations.awaitingVerification(shown - 1, VERIFICATIONS_SHOWN);
        List<Organization> waiting = found.getContent();
        LocalDate today = LocalDate.now(clock);
        Map<Long, ComplianceSummary> compliance = new HashMap<>();
        profiles.profilesOf(Actors.of(authentication), waiting.stream().map(Organization::id).toList())
                .forEach((id, profile) -> compliance.put(id, new ComplianceSummary(profile, today)));
        return HttpResponse.ok(Pages.view(VERIFICATION_VIEW, new VerificationPage(pages.of(request), waiting, compliance, shown,
                Math.max(1, found.getTotalPages()))));
    }

    @Post(uri = "/organizations/{id}/verification", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> decide(Authentication authentication, long id, @Body DecisionForm form) {
        organizations.decideVerification(Actors.of(authentication), id, form.decision(), form.note());
        return HttpResponse.seeOther(URI.create("/staff/verification?notice=verified"));
    }

    @Get(uri = "/moderation", produces = MediaType.TEXT_HTML)
    HttpResponse<?> moderation(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Integer page) {
        Paging paging = Paging.of(page, 20);
        Actor actor = Actors.of(authentication);
        PageContext context = pages.of(request);
        return HttpResponse.ok(Pages.view(MODERATION_VIEW, new ModerationPage(context,
                listingPages.page(context, "revision.queue", listings.awaitingRevisionReview(actor, 0, REVISIONS_SHOWN), "/staff/moderation"),
                listingPages.page(context, "moderation.submitted", listings.awaitingModeration(actor, paging.index(), paging.size()),
                        "/staff/moderation"))));
    }

    @Post(uri = "/listings/{id}/revision/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> publishRevision(Authentication authentication, long id, @Body DecisionForm form) {
        listings.publishRevision(Actors.of(authentication), id, form.version());
        return HttpResponse.seeOther(URI.create("/staff/moderation?notice=revisionPublished"));
    }

    @Post(uri = "/listings/{id}/revision/reject", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> rejectRevision(Authentication authentication, long id, @Body DecisionForm form) {
        listings.rejectRevision(Actors.of(authentication), id, form.reason(), form.version());
        return HttpResponse.seeOther(URI.create("/staff/moderation?notice=revisionRejected"));
    }

    @Post(uri = "/listings/{id}/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> publish(Authentication authentication, long id, @Body DecisionForm form) {
        listings.publish(Actors.of(authentication), id);
        return HttpResponse.seeOther(URI.create("/listings/" + id + "?notice=published"));
    }

    @Post(uri = "/listings/{id}/reject", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> reject(Authentication authentication, long id, @Body DecisionForm form) {
        listings.reject(Actors.of(authentication), id, form.reason());
        return HttpResponse.seeOther(URI.create("/listings/" + id + "?notice=rejected"));
    }
}
