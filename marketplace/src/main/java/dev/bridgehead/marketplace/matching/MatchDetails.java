package dev.bridgehead.marketplace.matching;

import dev.bridgehead.marketplace.compliance.Assessment;
import dev.bridgehead.marketplace.compliance.Direction;
import dev.bridgehead.marketplace.compliance.ExemptionGround;
import dev.bridgehead.marketplace.compliance.Mechanism;
import dev.bridgehead.marketplace.compliance.Party;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The parts of a match stored as JSON: its compliance steps and rules, why it was suggested, and near misses. */
public final class MatchDetails {

    private MatchDetails() {
    }

    /**
     * A step of the compliance path; its sentence comes from the rule book when shown.
     *
     * @param evidenceCheck the party has declared the mechanism and park staff have still to verify its evidence
     */
    @Serdeable
    public record Step(Direction direction, Mechanism mechanism, Party party, String ruleId, @Nullable String alternativeGroup, boolean slow,
                       boolean evidenceCheck) {
        public static Step of(Assessment.Step step) {
            return new Step(step.direction(), step.mechanism(), step.party(), step.ruleId(), step.alternativeGroup(), step.slow(),
                    step.evidenceCheck());
        }
    }

    /**
     * A rule that decided part of the verdict.
     *
     * @param list the negative list version rule NL-1 applied, as {@code code@version}; the verdict records it
     */
    @Serdeable
    public record RuleUse(String id, Direction direction, @Nullable Mechanism satisfiedBy, @Nullable Mechanism coveredBy,
                          @Nullable ExemptionGround ground, @Nullable String list) {

        @io.micronaut.core.annotation.Creator
        public RuleUse {
        }

        public RuleUse(String id, Direction direction, Mechanism satisfiedBy, Mechanism coveredBy, ExemptionGround ground) {
            this(id, direction, satisfiedBy, coveredBy, ground, null);
        }

        public static RuleUse of(Assessment.AppliedRule applied) {
            return new RuleUse(applied.rule().id(), applied.direction(), applied.satisfiedBy(), applied.coveredBy(), applied.ground(),
                    applied.list() == null ? null : applied.list().toString());
        }
    }

    /**
     * Why a listing suits a need.
     *
     * @param kind TERMS (words both use), SECTORS, TAGS, SCENARIOS (ids) or CATEGORIES (data categories the listing involves too)
     */
    @Serdeable
    public record Reason(String kind, List<String> values) {
    }

    /** A listing that would suit the need but for what it lacks. */
    @Serdeable
    public record NearMiss(Long listingId, Long organizationId, List<Missing> missing) {
    }

    /**
     * What a near miss lacks.
     *
     * @param kind CERTIFICATION (required by the need, not held or expired), UNCHECKED_CERTIFICATION (declared, not yet verified
     *             by park staff) or CATEGORY (a category of the need the partner does not accept)
     */
    @Serdeable
    public record Missing(String kind, String code) {
    }
}
