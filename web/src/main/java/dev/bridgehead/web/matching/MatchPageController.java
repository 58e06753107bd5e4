package dev.bridgehead.web.matching;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.compliance.ComplianceEngine;
import dev.bridgehead.marketplace.curation.CurationService;
import dev.bridgehead.marketplace.curation.MatchAction;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.matching.MatchingService;
import dev.bridgehead.web.api.Paging;
import dev.bridgehead.web.page.PageContext;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import dev.bridgehead.web.security.Actors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import dev.bridgehead.marketplace.curation.SharedEvidence;
import dev.bridgehead.web.organization.ComplianceSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A match explained, for both organisations and staff; and the provider's view of needs that match its listings. */
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller
class MatchPageController {

    private final MatchingService matching;
    private final CurationService curation;
    private final ComplianceEngine engine;
    private final Explanations explanations;
    private final PageContextFactory pages;
    private final SharedEvidence sharedEvidence;
    private final Clock clock;
    private final dev.bridgehead.marketplace.ledger.ExportLedger ledger;

    MatchPageController(MatchingService matching, CurationService curation, ComplianceEngine engine, Explanations explanations,
                        PageContextFactory pages, SharedEvidence sharedEvidence, Clock clock, dev.bridgehead.marketplace.ledger.ExportLedger ledger) {
        this.ledger = ledger;
        this.sharedEvidence = sharedEvidence;
        this.clock = clock;
        this.matching = matching;
        this.curation = curation;
        this.engine = engine;
        this.explanations = explanations;
        this.pages = pages;
    }

    @Get(uri = "/matches/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, Authentication authentication, long id) {
        Actor actor = Actors.of(authentication);
        Match match = matching.get(actor, id);
        PageContext context = pages.of(request);
        Explanations.MatchRow row = explanations.rows(context, List.of(match)).get(0);
        return HttpResponse.ok(Pages.view("matching/match", new MatchPage(context, row, engine.duties(row.need().flow(), explanations.listOf(row.match())),
                explanations.text(context, engine.ruleBook().disclaimer()), actor.mayActFor(match.needOrganizationId()), actions(actor, match),
                shared(actor, match.id()), outlook(actor, row))));
    }

    /** The Chinese party's ledger with this flow added, for that party's members only: a ledger is its exporter's business. */
    private MatchPage.LedgerOutlook outlook(Actor actor, Explanations.MatchRow row) {
        var chinese = row.seeker().jurisdiction() == dev.bridgehead.marketplace.organization.Jurisdiction.CN ? row.seeker() : row.provider();
        if (!actor.isMemberOf(chinese.id()) || !row.need().direction().oneWay().contains(dev.bridgehead.marketplace.compliance.Direction.CN_TO_SG)
                || row.need().personalInfoSubjects() == 0) {
            return null;
        }
        long before = ledger.sentBefore(chinese.id(), ledger.today()).personal();
        long after = before + row.need().personalInfoSubjects();
        return new MatchPage.LedgerOutlook(before, row.need().personalInfoSubjects(), engine.nextThreshold(false, after));
    }

    private Map<Long, ComplianceSummary> shared(Actor actor, Long matchId) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, ComplianceSummary> shared = new LinkedHashMap<>();
        sharedEvidence.visibleTo(actor, matchId).forEach((organization, profile) -> shared.put(organization, new ComplianceSummary(profile, today)));
        return shared;
    }

    /** What the reader may do next with the match, and what has happened to it. */
    private CurationPages.Actions actions(Actor actor, Match match) {
        List<String> staffActions = !actor.isStaff() ? List.of()
                : java.util.Arrays.stream(MatchAction.values()).filter(a -> a.staffOnly() && a.startsFrom(match.status())).map(Enum::name).toList();
        boolean canProgress = MatchAction.TALKS.startsFrom(match.status()) || MatchAction.AGREE.startsFrom(match.status());
        List<dev.bridgehead.marketplace.curation.IntroductionRequest> requests = curation.introductionRequests(actor, List.of(match.id()))
                .getOrDefault(match.id(), List.of());
        boolean canRequest = !actor.isStaff() && actor.organizationId() != null
                && (match.status() == dev.bridgehead.marketplace.matching.MatchStatus.SUGGESTED
                || match.status() == dev.bridgehead.marketplace.matching.MatchStatus.APPROVED)
                && requests.stream().noneMatch(r -> r.organizationId().equals(actor.organizationId()));
        return new CurationPages.Actions(curation.history(actor, match.id()), staffActions, canProgress, requests, canRequest);
    }

    @Get(uri = "/my/matches", produces = MediaType.TEXT_HTML)
    HttpResponse<?> forMyListings(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Integer page) {
        Actor actor = Actors.member(authentication);
        Paging paging = Paging.of(page, 20);
        Page<Match> found = matching.forListingsOf(actor, actor.organizationId(), paging.index(), paging.size());
        PageContext context = pages.of(request);
        return HttpResponse.ok(Pages.view("matching/matches", new MatchesPage(context, explanations.rows(context, found.getContent()),
                found.getTotalSize(), paging.page(), Math.max(1, found.getTotalPages()))));
    }
}
