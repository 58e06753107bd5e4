package dev.bridgehead.web.staff;

import dev.bridgehead.marketplace.curation.ParkKpis;
import dev.bridgehead.marketplace.matching.MatchStatus;
import dev.bridgehead.web.page.Csv;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import dev.bridgehead.web.security.Actors;
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
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;

/** The park dashboard for staff, and its numbers as CSV. */
@Hidden
@Secured({"STAFF", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/staff")
class DashboardController {

    static final String VIEW = "staff/dashboard";

    private final ParkKpis kpis;
    private final PageContextFactory pages;

    DashboardController(ParkKpis kpis, PageContextFactory pages) {
        this.kpis = kpis;
        this.pages = pages;
    }

    @Get(uri = "/dashboard", produces = MediaType.TEXT_HTML)
    HttpResponse<?> dashboard(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Integer months) {
        ParkKpis.Dashboard dashboard = kpis.dashboard(Actors.of(authentication), months);
        return HttpResponse.ok(Pages.view(VIEW, new DashboardPage(pages.of(request), dashboard, dashboard.trend().size())));
    }

    /** Every number the dashboard draws, one table after another, for a spreadsheet. */
    @Get(uri = "/dashboard.csv", produces = "text/csv;charset=utf-8")
    HttpResponse<String> csv(Authentication authentication, @Nullable @QueryValue Integer months) {
        ParkKpis.Dashboard dashboard = kpis.dashboard(Actors.of(authentication), months);
        ParkKpis.Figures f = dashboard.figures();
        Csv csv = new Csv();
        csv.row("figure", "value", "target");
        csv.row("enterprises", f.enterprises(), null);
        csv.row("verified_enterprises", f.verifiedEnterprises(), f.enterpriseTarget());
        csv.row("scenarios", f.scenarios(), f.scenarioTarget());
        csv.row("published_listings", f.publishedListings(), null);
        csv.row("agreed_deal_value_cny", f.agreedDealValueCny(), f.industryTargetCny());
        for (MatchStatus status : MatchStatus.values()) {
            csv.row("matches_" + status.name().toLowerCase(java.util.Locale.ROOT), f.matchesByStatus().getOrDefault(status, 0L), null);
        }
        csv.row();
        csv.row("month", "newly_verified", "verified_enterprises", "new_scenarios", "scenarios", "suggested", "introduced", "agreed",
                "agreed_value_cny", "cumulative_agreed_value_cny");
        dashboard.trend().forEach(m -> csv.row(m.month(), m.newlyVerified(), m.verifiedEnterprises(), m.newScenarios(), m.scenarios(), m.suggested(),
                m.introduced(), m.agreed(), m.agreedValueCny(), m.cumulativeAgreedValueCny()));
        csv.row();
        csv.row("sector", "published_listings", "matches", "introduced", "agreed", "agreed_value_cny");
        dashboard.bySector().forEach(r -> csv.row(r.sector().name(), r.publishedListings(), r.matches(), r.introduced(), r.agreed(), r.agreedValueCny()));
        csv.row();
        csv.row("direction", "open_needs", "matches", "introduced", "agreed", "agreed_value_cny");
        dashboard.byDirection().forEach(r -> csv.row(r.direction().name(), r.openNeeds(), r.matches(), r.introduced(), r.agreed(), r.agreedValueCny()));
        return HttpResponse.ok(csv.toString()).header("Content-Disposition", "attachment; filename=\"bridgehead-park-dashboard.csv\"");
    }

}
