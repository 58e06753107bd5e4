package dev.bridgehead.marketplace.matching;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.compliance.Assessment;
import dev.bridgehead.marketplace.compliance.ComplianceEngine;
import dev.bridgehead.marketplace.compliance.DataCategory;
import dev.bridgehead.marketplace.compliance.Direction;
import dev.bridgehead.marketplace.compliance.ExemptionGround;
import dev.bridgehead.marketplace.compliance.Flow;
import dev.bridgehead.marketplace.compliance.Participant;
import dev.bridgehead.marketplace.failure.InputCheck;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.ComplianceProfileRepository;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.organization.OrganizationRepository;
import dev.bridgehead.marketplace.negativelist.NegativeLists;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/** "Could these two organisations lawfully exchange this data?" for anyone signed in, on the profiles as of today. */
@Singleton
public class ComplianceCheck {

    static final long MAX_SUBJECTS = 10_000_000_000L;

    private final OrganizationRepository organizations;
    private final ComplianceProfileRepository profiles;
    private final ComplianceEngine engine;
    private final NegativeLists lists;
    private final Clock clock;
    private final dev.bridgehead.marketplace.ledger.ExportLedger ledger;

    ComplianceCheck(OrganizationRepository organizations, ComplianceProfileRepository profiles, ComplianceEngine engine, NegativeLists lists,
                    Clock clock, dev.bridgehead.marketplace.ledger.ExportLedger ledger) {
        this.ledger = ledger;
        this.organizations = organizations;
        this.profiles = profiles;
        this.engine = engine;
        this.lists = lists;
        this.clock = clock;
    }

    /** The verdict, with the two organisations it was reached for and the day it holds on (a transfer today). */
    public record Result(Organization exporter, Organization importer, Flow flow, Assessment assessment, LocalDate day) {
    }

    public Result check(Actor actor, ComplianceCheckInput input) {
        if (actor == null) {
            throw new NotAllowed("Sign in to check a flow");
        }
        InputCheck check = new InputCheck();
        check.required("exporterId", input.exporterId()).required("importerId", input.importerId()).required("direction", input.direction())
                .required("dataCategories", input.dataCategories())
                .maxItems("dataCategories", input.dataCategories(), DataCategory.values().length)
                .range("personalInfoSubjects", input.personalInfoSubjects(), 0, MAX_SUBJECTS)
                .range("sensitiveSubjects", input.sensitiveSubjects(), 0, MAX_SUBJECTS);
        Organization exporter = visible(check, "exporterId", input.exporterId(), actor);
        Organization importer = visible(check, "importerId", input.importerId(), actor);
        Direction direction = check.code("direction", input.direction(), Direction.class);
        List<DataCategory> categories = check.codes("dataCategories", input.dataCategories(), DataCategory.class);
        ExemptionGround ground = check.code("exemptionGround", input.exemptionGround(), ExemptionGround.class);
        NegativeLists.Named named = lists.checkNamed(check, "listScenario", "listedItems", input.listScenario(), input.listedItems());
        check.that(named.scenario() == null || direction == null || direction.oneWay().contains(Direction.CN_TO_SG), "listScenario",
                "not-an-export", "a negative list concerns data leaving China: the direction must be CN_TO_SG or BOTH");
        if (exporter != null && importer != null) {
            check.that(!exporter.id().equals(importer.id()), "importerId", "same-organization", "must be another organisation than the exporter");
            check.that(direction == null || direction.fits(exporter.jurisdiction(), importer.jurisdiction()), "direction", "does-not-fit",
                    "a " + direction + " flow cannot run from " + exporter.jurisdiction() + " to " + importer.jurisdiction());
        }
        check.throwIfInvalid();
        Flow flow = new Flow(direction, categories.isEmpty() ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(categories),
                Objects.requireNonNullElse(input.personalInfoSubjects(), 0L), Objects.requireNonNullElse(input.sensitiveSubjects(), 0L), ground,
                Boolean.TRUE.equals(input.onGeneralList()), Boolean.TRUE.equals(input.importerProcessorOnly()))
                .inScenario(named.scenario(), java.util.Set.copyOf(named.items()));
        // A ledger is its exporter's business: a check by anyone else counts the flow alone.
        if (exporter.jurisdiction() == dev.bridgehead.marketplace.organization.Jurisdiction.CN && actor.mayActFor(exporter.id())) {
            flow = flow.after(ledger.sentBefore(exporter.id(), ledger.today()));
        }
        LocalDate today = LocalDate.now(clock);
        Assessment assessment = engine.assess(flow, participant(exporter), participant(importer), today, lists.regime());
        return new Result(exporter, importer, flow, assessment, today);
    }

    /** Verified organisations for anyone; an unverified one only for its members and staff. */
    private Organization visible(InputCheck check, String field, String id, Actor actor) {
        if (id == null || id.isBlank()) {
            return null;
        }
        Organization found = null;
        try {
            found = organizations.findById(Long.parseLong(id.strip()))
                    .filter(o -> o.verification().isPublic() || actor.mayActFor(o.id())).orElse(null);
        } catch (NumberFormatException e) {
            // reported below
        }
        check.that(found != null, field, "unknown-organization", "is not an organisation you can see");
        return found;
    }

    private Participant participant(Organization organization) {
        return Participant.of(organization, profiles.findById(organization.id()).orElseGet(() -> ComplianceProfile.empty(organization.id())));
    }
}
