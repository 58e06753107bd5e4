package dev.bridgehead.marketplace.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The transfer rules of COMPLIANCE.md as data: which mechanisms exist and who holds them, and per
 * direction of flow the rules in the order they are tried, each with its id and legal source. The
 * engine only interprets it, so a changed threshold or a new jurisdiction is a change of
 * {@code compliance/rulebook.json} plus tests.
 *
 * @param evidenceCheck        the step for a mechanism a party has declared but staff have not verified; {@code {mechanism}} names it
 * @param certificationImplies a certification and the lower ones it includes (MLPS 3 includes MLPS 2)
 */
@Serdeable
public record RuleBook(
        String version,
        Bilingual disclaimer,
        Bilingual evidenceCheck,
        List<MechanismTerms> mechanisms,
        Map<Certification, List<Certification>> certificationImplies,
        List<Rule> rules,
        List<Duty> duties) {

    /** Rules of this stage are shown but never evaluated. */
    public static final String NOTE_STAGE = "NOTE";

    public MechanismTerms terms(Mechanism mechanism) {
        return mechanisms.stream().filter(m -> m.code() == mechanism).findFirst()
                .orElseThrow(() -> new IllegalStateException("The rule book has no terms for " + mechanism));
    }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /** The step that asks staff to check the evidence of a declared mechanism. */
    public Bilingual evidenceCheckOf(Mechanism mechanism) {
        Bilingual name = terms(mechanism).name();
        return new Bilingual(evidenceCheck.en().replace("{mechanism}", name.en()), evidenceCheck.zh().replace("{mechanism}", name.zh()));
    }

    /** The certifications that holding {@code held} amounts to: itself and those it includes. */
    public List<Certification> includedIn(Certification held) {
        List<Certification> lower = certificationImplies.getOrDefault(held, List.of());
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(held), lower.stream()).toList();
    }

    /**
     * What a mechanism is and who must hold it.
     *
     * @param holder      EXPORTER, IMPORTER, or BOTH for a two-party mechanism
     * @param slow        obtaining it takes months; seekers may prefer partners with a clear path
     * @param covers      mechanisms a requirement of which this one makes unnecessary
     * @param satisfiedBy mechanisms that count as this one when held
     * @param validYears  how long it counts after it was obtained; null for no limit
     */
    @Serdeable
    public record MechanismTerms(
            Mechanism code,
            Bilingual name,
            Party holder,
            boolean slow,
            @Nullable List<Mechanism> covers,
            @Nullable List<Mechanism> satisfiedBy,
            @Nullable Integer validYears,
            Bilingual step) {

        public List<Mechanism> coveredMechanisms() {
            return Objects.requireNonNullElse(covers, List.of());
        }

        public List<Mechanism> alsoSatisfiedBy() {
            return Objects.requireNonNullElse(satisfiedBy, List.of());
        }
    }

    /**
     * One rule. Within a direction and stage, the first rule whose condition holds decides.
     *
     * @param direction CN_TO_SG, SG_TO_CN, or ANY for a note that holds everywhere
     * @param stage     DATA (the flow's data other than personal information), PERSONAL, or NOTE (shown, never evaluated)
     * @param kind      LAW (restates a legal rule), REPORTED (a reported pilot or measure) or MODEL (this product's simplification)
     */
    @Serdeable
    public record Rule(String id, String direction, String stage, String kind, String source, Bilingual text,
                       @Nullable Condition when, @Nullable Outcome then) {
    }

    /**
     * A condition on a flow; every given part must hold. Absent parts do not count.
     *
     * @param carriesAny  the flow carries at least one of these categories
     * @param carriesNone the flow carries none of these categories
     * @param sensitiveSubjectsAtLeast the exporter's sensitive subjects this year, this flow included, reach this
     * @param personalSubjectsAtLeast  the same for (non-sensitive) personal information
     * @param listApplies a negative list in force on the day covers the exporter and has the flow's scenario (rule NL-1)
     * @param listIncomplete the list that applies holds fewer items than its published text has
     * @param anyOf       at least one of these conditions holds
     */
    @Serdeable
    public record Condition(
            @Nullable List<DataCategory> carriesAny,
            @Nullable List<DataCategory> carriesNone,
            @Nullable Boolean personalInfo,
            @Nullable Boolean exporterCiio,
            @Nullable Boolean onGeneralList,
            @Nullable Boolean importerProcessorOnly,
            @Nullable List<ExemptionGround> exemptionIn,
            @Nullable Long sensitiveSubjectsAtLeast,
            @Nullable Long personalSubjectsAtLeast,
            @Nullable Boolean listApplies,
            @Nullable Boolean listIncomplete,
            @Nullable List<Condition> anyOf) {
    }

    /**
     * What a rule decides: BLOCKED, CLEAR, REQUIRE one of the alternatives, or LIST: what the negative
     * list's items require, each from the alternatives given (a security assessment, or a standard
     * contract or certification), and nothing when the flow carries no listed item.
     *
     * @param suggest     the alternatives offered as steps when none is held; all of them when absent
     * @param suggestedBy the rule that chooses the suggestion, named among the rules used
     */
    @Serdeable
    public record Outcome(String outcome, @Nullable List<Alternative> anyOf, @Nullable List<Mechanism> suggest,
                          @Nullable String suggestedBy) {
    }

    /** A mechanism that satisfies a requirement, when its own condition (if any) holds. */
    @Serdeable
    public record Alternative(Mechanism mechanism, @Nullable Condition when) {
    }

    /**
     * A duty that holds whatever the route; shown, not counted as a missing step.
     *
     * @param dueInBusinessDays the duty falls due this many business days after the transfer; null when it has no deadline
     */
    @Serdeable
    public record Duty(String id, String direction, @Nullable Condition when, String source, Bilingual text, @Nullable Integer dueInBusinessDays) {

        /** The last day to meet the duty for a transfer on the given day, or null when it has no deadline. */
        @Nullable
        public java.time.LocalDate deadline(java.time.LocalDate transferDay) {
            return dueInBusinessDays == null ? null : BusinessDays.after(transferDay, dueInBusinessDays);
        }
    }
}
