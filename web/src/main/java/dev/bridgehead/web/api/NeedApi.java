package dev.bridgehead.web.api;

import dev.bridgehead.marketplace.compliance.ComplianceEngine;
import dev.bridgehead.marketplace.matching.ComplianceCheck;
import dev.bridgehead.marketplace.matching.ComplianceCheckInput;
import dev.bridgehead.marketplace.matching.MatchingService;
import dev.bridgehead.marketplace.need.Need;
import dev.bridgehead.marketplace.need.NeedInput;
import dev.bridgehead.marketplace.need.NeedService;
import dev.bridgehead.web.api.MatchViews.CheckView;
import dev.bridgehead.web.api.MatchViews.MatchItemView;
import dev.bridgehead.web.api.MatchViews.NeedMatchesView;
import dev.bridgehead.web.api.MatchViews.NeedView;
import dev.bridgehead.web.api.MatchViews.RuleBookView;
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

/** Needs, their matches, and the compliance check. */
@Tag(name = "matching")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1")
class NeedApi {

    private final NeedService needs;
    private final MatchingService matching;
    private final ComplianceCheck compliance;
    private final ComplianceEngine engine;

    NeedApi(NeedService needs, MatchingService matching, ComplianceCheck compliance, ComplianceEngine engine) {
        this.needs = needs;
        this.matching = matching;
        this.compliance = compliance;
        this.engine = engine;
    }

    @Operation(summary = "Post a need of your organisation; matching starts at once")
    @Post("/needs")
    HttpResponse<NeedView> create(@Body NeedInput input, Authentication authentication) {
        Need need = needs.create(Actors.of(authentication), input);
        return HttpResponse.created(NeedView.of(need), URI.create("/api/v1/needs/" + need.id()));
    }

    @Operation(summary = "A need, for its organisation and staff")
    @Get("/needs/{id}")
    NeedView get(long id, Authentication authentication) {
        return NeedView.of(needs.get(Actors.of(authentication), id));
    }

    @Operation(summary = "Change an open need; carries the version it was read at")
    @Put("/needs/{id}")
    NeedView update(long id, @Body NeedInput input, Authentication authentication) {
        return NeedView.of(needs.update(Actors.of(authentication), id, input));
    }

    @Operation(summary = "Close a need: it is no longer matched")
    @Post("/needs/{id}/close")
    NeedView close(long id, Authentication authentication) {
        return NeedView.of(needs.close(Actors.of(authentication), id));
    }

    @Operation(summary = "An organisation's needs, for its members and staff")
    @Get("/organizations/{id}/needs")
    PageView<NeedView> ofOrganization(long id, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                      Authentication authentication) {
        Paging paging = Paging.of(page, size);
        return PageView.of(needs.ofOrganization(Actors.of(authentication), id, paging.index(), paging.size()), NeedView::of);
    }

    @Operation(summary = "A need's ranked partner suggestions with verdicts and steps, and its near misses; never a BLOCKED pair")
    @Get("/needs/{id}/matches")
    NeedMatchesView matches(long id, Authentication authentication) {
        return NeedMatchesView.of(matching.matchesOf(Actors.of(authentication), id), engine.ruleBook());
    }

    @Operation(summary = "Match a need again now, from the current data")
    @Post("/needs/{id}/rematch")
    NeedMatchesView rematch(long id, Authentication authentication) {
        return NeedMatchesView.of(matching.rematch(Actors.of(authentication), id), engine.ruleBook());
    }

    @Operation(summary = "Needs across the border that match an organisation's listings: the provider's view")
    @Get("/organizations/{id}/matches")
    PageView<MatchItemView> forListingsOf(long id, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                          Authentication authentication) {
        Paging paging = Paging.of(page, size);
        return PageView.of(matching.forListingsOf(Actors.of(authentication), id, paging.index(), paging.size()),
                match -> MatchItemView.of(match, engine.ruleBook()));
    }

    @Operation(summary = "Staff: queue a fresh matching of every open need, or of everything about one organisation")
    @Post("/matching/rematch")
    HttpResponse<Queued> rematchMany(@Body RematchRequest request, Authentication authentication) {
        if (request.organizationId() != null) {
            long organizationId = Views.parseId("organizationId", request.organizationId());
            matching.rematchOrganization(Actors.of(authentication), organizationId);
            return HttpResponse.accepted().body(new Queued(1));
        }
        return HttpResponse.accepted().body(new Queued(matching.rematchEverything(Actors.of(authentication))));
    }

    @Operation(summary = "Could these two organisations lawfully run this flow? The verdict, the steps and the rules used")
    @Post("/compliance/check")
    CheckView check(@Body ComplianceCheckInput input, Authentication authentication) {
        return CheckView.of(compliance.check(Actors.of(authentication), input), engine.ruleBook());
    }

    @Operation(summary = "The transfer rules in force, with their sources")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/compliance/rules")
    RuleBookView rules() {
        return RuleBookView.of(engine.ruleBook());
    }

    @Serdeable
    record RematchRequest(@Nullable String organizationId) {
    }

    /** How many refreshes were queued. */
    @Serdeable
    record Queued(int queued) {
    }
}
