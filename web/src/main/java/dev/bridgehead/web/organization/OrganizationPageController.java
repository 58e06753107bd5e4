package dev.bridgehead.web.organization;

import dev.bridgehead.marketplace.listing.ListingService;
import dev.bridgehead.marketplace.organization.ComplianceProfileService;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.time.LocalDate;

/** Verified organisations' public pages. */
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/organizations")
class OrganizationPageController {

    static final int LISTINGS_SHOWN = 50;

    private final OrganizationService organizations;
    private final ComplianceProfileService compliance;
    private final ListingService listings;
    private final PageContextFactory pages;
    private final Clock clock;

    OrganizationPageController(OrganizationService organizations, ComplianceProfileService compliance, ListingService listings, PageContextFactory pages,
                               Clock clock) {
        this.organizations = organizations;
        this.compliance = compliance;
        this.listings = listings;
        this.pages = pages;
        this.clock = clock;
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, long id) {
        var organization = organizations.getPublic(id);
        return HttpResponse.ok(Pages.view("organization/show", new OrganizationPage(pages.of(request), organization,
                listings.publishedOf(id, 0, LISTINGS_SHOWN).getContent(),
                new ComplianceSummary(compliance.publicProfile(id), LocalDate.now(clock)))));
    }
}
