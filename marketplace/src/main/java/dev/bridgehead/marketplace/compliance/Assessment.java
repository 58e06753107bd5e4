package dev.bridgehead.marketplace.compliance;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The verdict on a flow, what remains to be done, and why.
 *
 * @param steps     what the parties must obtain, empty unless {@link Verdict#NEEDS_STEPS}
 * @param rules     every rule that decided part of the verdict, in the order tried
 * @param duties    obligations that hold whatever the route; shown, not counted as steps
 * @param blockedBy the rule that blocks the flow, when it is {@link Verdict#BLOCKED}
 * @param ledger    for a Chinese export of personal information: the year's counts the volume rules were applied to
 */
public record Assessment(Verdict verdict, List<Step> steps, List<AppliedRule> rules, List<RuleBook.Duty> duties,
                         @Nullable RuleBook.Rule blockedBy, @Nullable Ledger ledger) {

    /**
     * The exporter's year so far, this flow, the total the rules saw, and the next threshold of the
     * rule book above it (null when none is left), for personal and for sensitive personal information.
     * An upper bound: the same person in two entries counts twice.
     */
    public record Ledger(long before, long thisFlow, long after, @Nullable Long nextThreshold, long sensitiveBefore, long sensitiveThisFlow,
                         long sensitiveAfter, @Nullable Long sensitiveNextThreshold) {
    }

    /** Whether any step takes months (a CAC security assessment). */
    public boolean hasSlowStep() {
        return steps.stream().anyMatch(Step::slow);
    }

    /**
     * Something a party must obtain.
     *
     * @param alternativeGroup steps with the same group are alternatives: one of the group's mechanisms is enough
     * @param evidenceCheck    the party has declared the mechanism and park staff have still to verify its evidence
     */
    public record Step(Direction direction, Mechanism mechanism, Party party, Bilingual text, @Nullable String alternativeGroup,
                       boolean slow, String ruleId, boolean evidenceCheck) {
    }

    /**
     * A rule that decided part of the verdict.
     *
     * @param satisfiedBy the mechanism held that meets the rule's requirement, when it had one and it is met
     * @param coveredBy   a mechanism another rule requires that makes this rule's requirement unnecessary
     * @param ground      the exemption ground the rule relied on, if any
     * @param list        the negative list version the rule applied (rule NL-1), if any
     */
    public record AppliedRule(RuleBook.Rule rule, Direction direction, @Nullable Mechanism satisfiedBy, @Nullable Mechanism coveredBy,
                              @Nullable ExemptionGround ground, @Nullable NegativeList.Ref list) {

        public AppliedRule(RuleBook.Rule rule, Direction direction, @Nullable Mechanism satisfiedBy, @Nullable Mechanism coveredBy,
                           @Nullable ExemptionGround ground) {
            this(rule, direction, satisfiedBy, coveredBy, ground, null);
        }
    }

    /** The negative list versions the verdict used, as {@code code@version}. */
    public List<String> listVersions() {
        return rules.stream().map(AppliedRule::list).filter(java.util.Objects::nonNull).map(NegativeList.Ref::toString).distinct().toList();
    }
}
