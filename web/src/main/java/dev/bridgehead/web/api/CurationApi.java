package dev.bridgehead.web.api;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.compliance.ComplianceEngine;
import dev.bridgehead.marketplace.curation.CurationService;
import dev.bridgehead.marketplace.curation.MatchAction;
import dev.bridgehead.marketplace.curation.MatchStep;
import dev.bridgehead.marketplace.curation.Notification;
import dev.bridgehead.marketplace.curation.ParkKpis;
import dev.bridgehead.marketplace.curation.QueueFilter;
import dev.bridgehead.marketplace.failure.InputCheck;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingService;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.matching.MatchingService;
import dev.bridgehead.marketplace.need.Need;
import dev.bridgehead.marketplace.need.NeedService;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.web.api.MatchViews.MatchItemView;
import dev.bridgehead.web.api.MatchViews.PartyView;
import dev.bridgehead.web.security.Actors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Curation of matches, the organisations' inboxes, and the park's figures. */
@Tag(name = "curation")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1")
class CurationApi {

    private final CurationService curation;
    private final MatchingService matching;
    private final ParkKpis kpis;
    private final NeedService needs;
    private final ListingService listings;
    private final OrganizationService organizations;
    private final ComplianceEngine engine;

    CurationApi(CurationService curation, MatchingService matching, ParkKpis kpis, NeedService needs, ListingService listings,
                OrganizationService organizations, ComplianceEngine engine) {
        this.curation = curation;
        this.matching = matching;
        this.kpis = kpis;
        this.needs = needs;
        this.listings = listings;
        this.organizations = organizations;
        this.engine = engine;
    }

    @Operation(summary = "Matches: every one for staff, filtered and ordered as the curation queue (total counted up to 1,001: see totalIsLowerBound);"
            + " your organisation's for members, by status")
    @Get("/matches")
    PageView<MatchView> list(@Nullable @QueryValue String status, @Nullable @QueryValue String sector, @Nullable @QueryValue String verdict,
                             @Nullable @QueryValue String seekerJurisdiction, @Nullable @QueryValue String providerJurisdiction,
                             @Nullable @QueryValue String minScore, @Nullable @QueryValue String minAgeDays, @Nullable @QueryValue String maxAgeDays,
                             @Nullable @QueryValue String requested, @Nullable @QueryValue String sort, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                             Authentication authentication) {
        Paging paging = Paging.of(page, size);
        QueueFilter filter = QueueFilter.parse(status, sector, verdict, seekerJurisdiction, providerJurisdiction, minScore, minAgeDays, maxAgeDays,
                requested, sort);
        Page<Match> found = curation.list(Actors.of(authentication), filter, paging.index(), paging.size());
        return PageView.bounded(found, CurationService.QUEUE_COUNT_LIMIT, views(found.getContent(), false));
    }

    @Operation(summary = "A match with its history, for staff and both organisations")
    @Get("/matches/{id}")
    MatchView get(long id, Authentication authentication) {
        Actor actor = Actors.of(authentication);
        return view(matching.get(actor, id), curation.history(actor, id));
    }

    @Operation(summary = "Staff: approve a suggested match (send the version you read: a match changed since answers 409)")
    @Post("/matches/{id}/approve")
    MatchView approve(long id, @Body Note body, Authentication authentication) {
        Actor actor = Actors.of(authentication);
        return view(curation.approve(actor, id, body.note(), body.version()), curation.history(actor, id));
    }

    @Operation(summary = "Staff: reject a suggested or approved match, with a note")
    @Post("/matches/{id}/reject")
    MatchView reject(long id, @Body Note body, Authentication authentication) {
        Actor actor = Actors.of(authentication);
        return view(curation.reject(actor, id, body.note(), body.version()), curation.history(actor, id));
    }

    @Operation(summary = "Staff: introduce the two organisations of an approved match; both are notified")
    @Post("/matches/{id}/introduce")
    MatchView introduce(long id, @Body Note body, Authentication authentication) {
        Actor actor = Actors.of(authentication);
        return view(curation.introduce(actor, id, body.note(), body.version()), curation.history(actor, id));
    }

    @Operation(summary = "Either organisation or staff: in talks, agreed (with the deal value in CNY) or declined")
    @Post("/matches/{id}/progress")
    MatchView progress(long id, @Body Progress body, Authentication authentication) {
        Actor actor = Actors.of(authentication);
        return view(curation.progress(actor, id, body.status(), body.dealValueCny(), body.note(), body.personalInfoSubjects(), body.sensitiveSubjects(),
                body.version()),
                curation.history(actor, id));
    }

    @Operation(summary = "Either organisation of a suggested or approved match: ask park staff for the introduction (once per organisation)")
    @Post("/matches/{id}/request-introduction")
    io.micronaut.http.HttpResponse<IntroductionRequestView> requestIntroduction(long id, @Body Note body, Authentication authentication) {
        var request = curation.requestIntroduction(Actors.of(authentication), id, body.note());
        return io.micronaut.http.HttpResponse.created(new IntroductionRequestView(Views.idOf(request.matchId()), Views.idOf(request.organizationId()),
                request.note(), request.at()));
    }

    @Serdeable
    record IntroductionRequestView(String matchId, String organizationId, @Nullable String note, Instant at) {
    }

    @Operation(summary = "Staff: approve, reject or introduce many matches at once; each succeeds or fails on its own")
    @Post("/matches/bulk")
    List<BulkOutcomeView> bulk(@Body Bulk body, Authentication authentication) {
        InputCheck check = new InputCheck();
        MatchAction action = check.code("action", body.action(), MatchAction.class);
        check.required("action", body.action());
        check.throwIfInvalid();
        List<Long> ids = body.matchIds() == null ? List.of() : body.matchIds().stream().map(id -> Views.parseId("matchIds", id)).toList();
        return curation.bulk(Actors.of(authentication), ids, action, body.note()).stream()
                .map(o -> new BulkOutcomeView(Views.idOf(o.matchId()), o.done(), o.problem())).toList();
    }

    @Operation(summary = "Your organisation's inbox: matches that moved, newest first, and how many are unread")
    @Get("/inbox")
    Inbox inbox(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size, Authentication authentication) {
        Actor actor = Actors.of(authentication);
        Paging paging = Paging.of(page, size);
        Page<Notification> found = curation.inbox(actor, paging.index(), paging.size());
        return new Inbox(curation.unread(actor), PageView.of(found, n -> new InboxEntry(Views.idOf(n.id()), Views.idOf(n.matchId()), n.kind(),
                n.createdAt(), n.readAt() != null, n.detail())));
    }

    @Operation(summary = "Mark every entry of your organisation's inbox read")
    @Post("/inbox/read")
    Map<String, Long> markRead(Authentication authentication) {
        Actor actor = Actors.of(authentication);
        curation.markRead(actor);
        return Map.of("unread", curation.unread(actor));
    }

    @Operation(summary = "Staff: the park's figures against its targets")
    @Get("/park/kpis")
    ParkKpis.Figures kpis(Authentication authentication) {
        return kpis.figures(Actors.of(authentication));
    }

    @Operation(summary = "Staff: the park's figures, the last months (1-36, default 12) month by month, and the breakdowns by sector and direction")
    @Get("/park/dashboard")
    ParkKpis.Dashboard dashboard(@Nullable @QueryValue Integer months, Authentication authentication) {
        return kpis.dashboard(Actors.of(authentication), months);
    }

    private MatchView view(Match match, List<MatchStep> history) {
        return views(List.of(match), true).apply(match).withHistory(history.stream().map(StepView::of).toList());
    }

    /** Views of a page of matches, reading the needs, listings and organisations once for the page. */
    private java.util.function.Function<Match, MatchView> views(List<Match> page, boolean single) {
        Set<Long> organizationIds = new HashSet<>();
        page.forEach(m -> {
            organizationIds.add(m.needOrganizationId());
            organizationIds.add(m.listingOrganizationId());
        });
        Map<Long, Need> needById = needs.byIds(page.stream().map(Match::needId).toList());
        Map<Long, Listing> listingById = listings.byIds(page.stream().map(Match::listingId).toList());
        Map<Long, Organization> organizationById = organizations.byIds(organizationIds);
        return m -> {
            Need need = needById.get(m.needId());
            Listing listing = listingById.get(m.listingId());
            return new MatchView(MatchItemView.of(m, engine.ruleBook()), need == null ? null : need.title(), listing == null ? null : listing.title(),
                    listing == null ? null : listing.titleZh(), PartyView.of(organizationById.get(m.needOrganizationId())),
                    PartyView.of(organizationById.get(m.listingOrganizationId())), m.dealValueCny(), m.updatedAt(), List.of());
        };
    }

    /** A match as staff and the parties see it; {@code history} is filled when one match is asked for. */
    @Serdeable
    record MatchView(MatchItemView match, @Nullable String needTitle, @Nullable String listingTitle, @Nullable String listingTitleZh,
                     PartyView seeker, PartyView provider, @Nullable BigDecimal dealValueCny, @Nullable Instant updatedAt, List<StepView> history) {
        MatchView withHistory(List<StepView> steps) {
            return new MatchView(match, needTitle, listingTitle, listingTitleZh, seeker, provider, dealValueCny, updatedAt, steps);
        }
    }

    @Serdeable
    record StepView(String from, String to, @Nullable String actorId, @Nullable String note, @Nullable BigDecimal dealValueCny, Instant at,
                    @Nullable String fromVerdict, @Nullable String toVerdict) {
        static StepView of(MatchStep s) {
            return new StepView(s.fromStatus().name(), s.toStatus().name(), Views.idOf(s.actorId()), s.note(), s.dealValueCny(), s.at(),
                    s.fromVerdict() == null ? null : s.fromVerdict().name(), s.toVerdict() == null ? null : s.toVerdict().name());
        }
    }

    @Serdeable
    record Note(@Nullable String note, @Nullable Integer version) {
    }

    @Serdeable
    record Progress(@Nullable String status, @Nullable BigDecimal dealValueCny, @Nullable String note, @Nullable Long personalInfoSubjects,
                    @Nullable Long sensitiveSubjects, @Nullable Integer version) {
    }

    @Serdeable
    record Bulk(@Nullable List<String> matchIds, @Nullable String action, @Nullable String note) {
    }

    /** One match of a bulk decision: done, or the problem that stopped it (another decision came first, say). */
    @Serdeable
    record BulkOutcomeView(String matchId, boolean done, @Nullable String problem) {
    }

    @Serdeable
    record Inbox(long unread, PageView<InboxEntry> entries) {
    }

    @Serdeable
    record InboxEntry(String id, @Nullable String matchId, String kind, Instant at, boolean read, @Nullable String detail) {
    }
}
