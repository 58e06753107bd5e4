package dev.bridgehead.web.api;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileService;
import dev.bridgehead.marketplace.organization.OrganizationDetails;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.web.api.Views.ComplianceProfileView;
import dev.bridgehead.web.api.Views.OrganizationView;
import dev.bridgehead.web.security.Actors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;

@Tag(name = "organizations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/organizations")
class OrganizationApi {

    private final OrganizationService organizations;
    private final ComplianceProfileService compliance;
    private final Clock clock;

    OrganizationApi(OrganizationService organizations, ComplianceProfileService compliance, Clock clock) {
        this.organizations = organizations;
        this.compliance = compliance;
        this.clock = clock;
    }

    @Operation(summary = "An organisation, for its members and staff")
    @Get("/{id}")
    OrganizationView get(long id, Authentication authentication) {
        Actor actor = Actors.of(authentication);
        return view(actor, organizations.get(actor, id));
    }

    /**
     * Its members see the values they asked for while a change waits for staff, so that reading and
     * writing the organisation back keeps the change; staff see the verified values, the change in
     * {@code pendingChange}.
     */
    private static OrganizationView view(Actor actor, dev.bridgehead.marketplace.organization.Organization organization) {
        return OrganizationView.of(actor.isStaff() ? organization : organization.asItsMembersSeeIt());
    }

    @Operation(summary = "Change an organisation; carries the version it was read at")
    @Put("/{id}")
    OrganizationView update(long id, @Body OrganizationDetails details, Authentication authentication) {
        Actor actor = Actors.of(authentication);
        return view(actor, organizations.update(actor, id, details));
    }

    @Operation(summary = "An organisation's compliance profile")
    @Get("/{id}/compliance")
    ComplianceProfileView profile(long id, Authentication authentication) {
        return ComplianceProfileView.of(compliance.profile(Actors.of(authentication), id), today());
    }

    @Operation(summary = "Replace an organisation's compliance profile; carries the version it was read at")
    @Put("/{id}/compliance")
    ComplianceProfileView updateProfile(long id, @Body ComplianceProfileInput input, Authentication authentication) {
        return ComplianceProfileView.of(compliance.updateProfile(Actors.of(authentication), id, input), today());
    }

    @Operation(summary = "Staff: verify or reject the evidence of one mechanism or certification; carries the profile's version it was read at")
    @Secured({"STAFF", "ADMIN"})
    @Post("/{id}/compliance/{kind}/{code}/verify")
    ComplianceProfileView decideEvidence(long id, String kind, String code, @Body ComplianceProfileService.EvidenceDecision decision,
                                         Authentication authentication) {
        return ComplianceProfileView.of(compliance.decideEvidence(Actors.of(authentication), id, kind, code, decision), today());
    }

    @Operation(summary = "Staff: verify or reject an organisation, with a note")
    @Secured({"STAFF", "ADMIN"})
    @Post("/{id}/verify")
    OrganizationView verify(long id, @Body Decision decision, Authentication authentication) {
        Actor actor = Actors.of(authentication);
        return OrganizationView.of(organizations.decideVerification(actor, id, decision.decision(), decision.note()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Serdeable
    record Decision(@Nullable String decision, @Nullable String note) {
    }
}
