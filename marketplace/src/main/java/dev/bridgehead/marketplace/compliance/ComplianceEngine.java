package dev.bridgehead.marketplace.compliance;

import dev.bridgehead.marketplace.compliance.Assessment.AppliedRule;
import dev.bridgehead.marketplace.compliance.Assessment.Step;
import dev.bridgehead.marketplace.compliance.RuleBook.Alternative;
import dev.bridgehead.marketplace.compliance.RuleBook.Condition;
import dev.bridgehead.marketplace.compliance.RuleBook.Duty;
import dev.bridgehead.marketplace.compliance.RuleBook.MechanismTerms;
import dev.bridgehead.marketplace.compliance.RuleBook.Rule;
import dev.bridgehead.marketplace.organization.HeldMechanism;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Decides a flow by the rule book: for each one-way direction of the flow, each stage's rules are
 * tried in order and the first that holds decides that stage (the flow's non-personal data, then
 * its personal information); the stages' requirements are then checked against what the parties
 * hold on the day. A flow both ways gets the stricter verdict of the two.
 *
 * <p>Plain Java, no I/O: the same inputs always give the same assessment.
 */
public final class ComplianceEngine {

    private final RuleBook book;

    public ComplianceEngine(RuleBook book) {
        this.book = book;
    }

    public RuleBook ruleBook() {
        return book;
    }

    /**
     * @param exporter           for a flow both ways, either party: each direction takes its exporter by jurisdiction
     * @param generalListEnabled whether the Lingang general data list is in force (staff switch it off if the trial lapses)
     * @throws IllegalArgumentException when the direction does not fit the two parties' jurisdictions
     */
    public Assessment assess(Flow flow, Participant exporter, Participant importer, LocalDate on, boolean generalListEnabled) {
        return assess(flow, exporter, importer, on, Regime.withoutLists(generalListEnabled));
    }

    /**
     * @param exporter for a flow both ways, either party: each direction takes its exporter by jurisdiction
     * @param regime   the park's switches and the negative lists; the engine decides which lists apply on the day
     * @throws IllegalArgumentException when the direction does not fit the two parties' jurisdictions
     */
    public Assessment assess(Flow flow, Participant exporter, Participant importer, LocalDate on, Regime regime) {
        if (!flow.direction().fits(exporter.jurisdiction(), importer.jurisdiction())) {
            throw new IllegalArgumentException("A " + flow.direction() + " flow cannot run from " + exporter.jurisdiction() + " to "
                    + importer.jurisdiction());
        }
        Verdict verdict = Verdict.CLEAR;
        List<Step> steps = new ArrayList<>();
        List<AppliedRule> applied = new ArrayList<>();
        List<Duty> duties = new ArrayList<>();
        Rule blockedBy = null;
        for (Direction way : flow.direction().oneWay()) {
            Participant from = exporter.jurisdiction() == way.from() ? exporter : importer;
            Participant to = from == exporter ? importer : exporter;
            Flow oneWay = flow.oneWay(way);
            Evaluation evaluation = lightest(listsFor(oneWay, from, on, regime).stream()
                    .map(list -> new Evaluation(oneWay, from, to, on, regime.generalListEnabled(), list)).toList());
            if (evaluation == null) {
                evaluation = new Evaluation(oneWay, from, to, on, regime.generalListEnabled(), null);
                evaluation.run();
            }
            verdict = verdict.stricter(evaluation.verdict);
            steps.addAll(evaluation.steps);
            applied.addAll(evaluation.applied);
            duties.addAll(evaluation.duties);
            if (blockedBy == null) {
                blockedBy = evaluation.blockedBy;
            }
        }
        if (verdict == Verdict.BLOCKED) {
            steps.clear();
        }
        return new Assessment(verdict, List.copyOf(steps), List.copyOf(applied), List.copyOf(duties), blockedBy, ledger(flow));
    }

    /**
     * The negative lists rule NL-1 can use for this one-way flow: switched on, in force on the day, covering
     * the exporter's registration area, with the flow's scenario. Only a Chinese exporter that is not a CIIO has any.
     */
    public static List<NegativeList> listsFor(Flow oneWay, Participant from, LocalDate on, Regime regime) {
        if (oneWay.direction() != Direction.CN_TO_SG || oneWay.listScenario() == null || from.ciio()
                || from.jurisdiction() != dev.bridgehead.marketplace.organization.Jurisdiction.CN) {
            return List.of();
        }
        return regime.negativeLists().stream()
                .filter(list -> list.appliesTo(from.registrationArea(), on) && list.scenario(oneWay.listScenario()).isPresent()).toList();
    }

    /** Runs each evaluation and keeps the one with the lighter verdict (then fewer steps); null when there is none. */
    private static Evaluation lightest(List<Evaluation> evaluations) {
        Evaluation best = null;
        for (Evaluation evaluation : evaluations) {
            evaluation.run();
            if (best == null || evaluation.verdict.ordinal() < best.verdict.ordinal()
                    || evaluation.verdict == best.verdict && evaluation.steps.size() < best.steps.size()) {
                best = evaluation;
            }
        }
        return best;
    }

    /** The year's counts for a Chinese export of personal information, with the rule book's next threshold above each. */
    private Assessment.Ledger ledger(Flow flow) {
        if (!flow.direction().oneWay().contains(Direction.CN_TO_SG) || !flow.carriesPersonalInfo()) {
            return null;
        }
        return new Assessment.Ledger(flow.sentBefore().personal(), flow.personalInfoSubjects(), flow.personalThisYear(),
                nextThreshold(Condition::personalSubjectsAtLeast, flow.personalThisYear()), flow.sentBefore().sensitive(), flow.sensitiveSubjects(),
                flow.sensitiveThisYear(), nextThreshold(Condition::sensitiveSubjectsAtLeast, flow.sensitiveThisYear()));
    }

    /** The rule book's next volume threshold of Chinese exports above the year's total, null past the last. */
    public Long nextThreshold(boolean sensitive, long total) {
        return sensitive ? nextThreshold(Condition::sensitiveSubjectsAtLeast, total) : nextThreshold(Condition::personalSubjectsAtLeast, total);
    }

    private Long nextThreshold(java.util.function.Function<Condition, Long> threshold, long total) {
        return book.rules().stream().filter(rule -> Direction.CN_TO_SG.name().equals(rule.direction()) && rule.when() != null)
                .flatMap(rule -> conditions(rule.when())).map(threshold).filter(Objects::nonNull).filter(value -> value > total)
                .min(Long::compare).orElse(null);
    }

    private static java.util.stream.Stream<Condition> conditions(Condition condition) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(condition),
                Objects.requireNonNullElse(condition.anyOf(), List.<Condition>of()).stream().flatMap(ComplianceEngine::conditions));
    }

    /** The duties that hold for a flow whatever the route: they depend on the flow alone, not on the parties. */
    public List<Duty> duties(Flow flow) {
        return duties(flow, null);
    }

    /** The same, for a flow whose verdict came from a negative list (its duties included) or not (null). */
    public List<Duty> duties(Flow flow, @Nullable NegativeList underList) {
        List<Duty> duties = new ArrayList<>();
        for (Direction way : flow.direction().oneWay()) {
            Evaluation evaluation = new Evaluation(flow.oneWay(way), null, null, null, false, way == Direction.CN_TO_SG ? underList : null);
            book.duties().stream().filter(duty -> duty.direction().equals(way.name()) && evaluation.holds(duty.when())).forEach(duties::add);
        }
        return duties;
    }

    /** Whether the participant holds the certification, or one that includes it, checked by staff and unexpired on the day. */
    public boolean holds(Participant participant, Certification certification, LocalDate on) {
        return participant.certifications().stream()
                .anyMatch(held -> held.countsOn(on) && book.includedIn(held.code()).contains(certification));
    }

    /** Whether the participant has declared the certification (or one that includes it) and staff have not checked it yet. */
    public boolean awaitsCheck(Participant participant, Certification certification, LocalDate on) {
        return participant.certifications().stream()
                .anyMatch(held -> held.awaitsCheckOn(on) && book.includedIn(held.code()).contains(certification));
    }

    /** Whether the participant holds the mechanism, or one that counts as it, checked by staff and in force on the day. */
    public boolean holds(Participant participant, Mechanism mechanism, LocalDate on) {
        return standing(participant, mechanism, on) == Standing.VERIFIED;
    }

    /** How far the participant has the mechanism on the day: checked by staff, declared and waiting, or not at all. */
    Standing standing(Participant participant, Mechanism mechanism, LocalDate on) {
        MechanismTerms terms = book.terms(mechanism);
        Standing best = Standing.NONE;
        for (HeldMechanism held : participant.mechanisms()) {
            if ((held.code() == mechanism || terms.alsoSatisfiedBy().contains(held.code())) && inForce(held, on)) {
                if (held.countsOn(on)) {
                    return Standing.VERIFIED;
                }
                if (held.awaitsCheckOn(on)) {
                    best = Standing.DECLARED;
                }
            }
        }
        return best;
    }

    private static Party both(Party a, Party b) {
        return a == b ? a : Party.BOTH;
    }

    /** Whether a party has a mechanism: checked, declared but not checked, or not at all. */
    enum Standing { VERIFIED, DECLARED, NONE }

    private boolean inForce(HeldMechanism held, LocalDate on) {
        Integer years = book.terms(held.code()).validYears();
        if (years == null) {
            return true;
        }
        return held.obtainedOn() != null && on.isBefore(held.obtainedOn().plusYears(years));
    }

    /** The work for one one-way direction. */
    private final class Evaluation {
        private final Flow flow;
        private final Participant from;
        private final Participant to;
        private final LocalDate on;
        private final boolean generalListEnabled;
        /** The negative list rule NL-1 may apply, or null when none covers the flow. */
        private final NegativeList list;
        private Verdict verdict = Verdict.CLEAR;
        private final List<Step> steps = new ArrayList<>();
        private final List<AppliedRule> applied = new ArrayList<>();
        private final List<Duty> duties = new ArrayList<>();
        private Rule blockedBy;

        Evaluation(Flow flow, Participant from, Participant to, LocalDate on, boolean generalListEnabled, NegativeList list) {
            this.list = list;
            this.flow = flow;
            this.from = from;
            this.to = to;
            this.on = on;
            this.generalListEnabled = generalListEnabled;
        }

        void run() {
            String way = flow.direction().name();
            List<Rule> rules = book.rules().stream()
                    .filter(rule -> rule.direction().equals(way) && !RuleBook.NOTE_STAGE.equals(rule.stage()) && rule.then() != null)
                    .toList();
            List<Rule> requirements = new ArrayList<>();
            for (String stage : new LinkedHashSet<>(rules.stream().map(Rule::stage).toList())) {
                Rule decisive = rules.stream().filter(rule -> rule.stage().equals(stage) && holds(rule.when())).findFirst().orElse(null);
                if (decisive == null) {
                    continue;
                }
                switch (decisive.then().outcome()) {
                    case "BLOCKED" -> {
                        applied.add(new AppliedRule(decisive, flow.direction(), null, null, null));
                        verdict = Verdict.BLOCKED;
                        blockedBy = decisive;
                        return;
                    }
                    case "CLEAR" -> applied.add(new AppliedRule(decisive, flow.direction(), null, null, groundOf(decisive)));
                    case "REQUIRE" -> requirements.add(decisive);
                    case "LIST" -> {
                        underList(decisive);
                        addDuties(way);
                        return;
                    }
                    default -> throw new IllegalStateException("Rule " + decisive.id() + " has an unknown outcome " + decisive.then().outcome());
                }
            }
            for (Rule requirement : requirements) {
                require(requirement, coveredBy(requirement, requirements));
            }
            addDuties(way);
        }

        private void addDuties(String way) {
            book.duties().stream().filter(duty -> duty.direction().equals(way) && holds(duty.when())).forEach(duties::add);
        }

        /**
         * Rule NL-1 decides the rest of the flow: no listed item named, nothing is required; otherwise each
         * item the flow names (and whose volume, if the list gives one, the year reaches) requires its
         * mechanism, met or turned into steps as any requirement is. Items the list version does not have
         * (removed since the flow named them) are not on the list any more.
         */
        private void underList(Rule rule) {
            List<NegativeList.Item> required = flow.listedItems().stream().map(list::item).flatMap(java.util.Optional::stream)
                    .filter(item -> item.scenario().equals(flow.listScenario()) && item.requiredFor(flow)).toList();
            if (required.isEmpty()) {
                applied.add(new AppliedRule(rule, flow.direction(), null, null, null, list.ref()));
                return;
            }
            List<Rule> requirements = new ArrayList<>();
            if (required.stream().anyMatch(item -> item.mechanism() == Mechanism.CN_SECURITY_ASSESSMENT)) {
                requirements.add(requirement(rule, List.of(Mechanism.CN_SECURITY_ASSESSMENT)));
            }
            if (required.stream().anyMatch(item -> item.mechanism() != Mechanism.CN_SECURITY_ASSESSMENT)) {
                requirements.add(requirement(rule, List.of(Mechanism.CN_STANDARD_CONTRACT, Mechanism.CN_PI_CERTIFICATION)));
            }
            for (Rule requirement : requirements) {
                require(requirement, coveredBy(requirement, requirements));
            }
        }

        /** The list rule narrowed to the alternatives that meet some of its items. */
        private Rule requirement(Rule rule, List<Mechanism> mechanisms) {
            List<Alternative> alternatives = rule.then().anyOf().stream().filter(a -> mechanisms.contains(a.mechanism())).toList();
            return new Rule(rule.id(), rule.direction(), rule.stage(), rule.kind(), rule.source(), rule.text(), rule.when(),
                    new RuleBook.Outcome("REQUIRE", alternatives, null, null));
        }

        private void require(Rule rule, Mechanism coveringMechanism) {
            List<Mechanism> alternatives = alternatives(rule);
            Mechanism held = alternatives.stream().filter(m -> standingOfHolders(m) == Standing.VERIFIED).findFirst().orElse(null);
            Mechanism covering = held != null || coveringMechanism != null ? coveringMechanism : heldCovering(alternatives);
            NegativeList.Ref listUsed = "LIST".equals(book.rule(rule.id()).map(r -> r.then().outcome()).orElse(null)) ? list.ref() : null;
            if (held != null || covering != null) {
                applied.add(new AppliedRule(rule, flow.direction(), held, held == null ? covering : null, null, listUsed));
                return;
            }
            applied.add(new AppliedRule(rule, flow.direction(), null, null, null, listUsed));
            verdict = verdict.stricter(Verdict.NEEDS_STEPS);
            List<Mechanism> declared = alternatives.stream().filter(m -> standingOfHolders(m) == Standing.DECLARED).toList();
            if (!declared.isEmpty()) {
                // The parties say they have it: what remains is staff's check of the evidence, not obtaining it again;
                // each step names what the party declared (ASEAN clauses declared for a PDPA contract are named as such).
                java.util.Map<Mechanism, Party> checks = new java.util.LinkedHashMap<>();
                for (Mechanism mechanism : declared) {
                    Party holder = book.terms(mechanism).holder();
                    if (holder != Party.IMPORTER) {
                        declaredAs(from, mechanism).ifPresent(code -> checks.merge(code, Party.EXPORTER, ComplianceEngine::both));
                    }
                    if (holder != Party.EXPORTER) {
                        declaredAs(to, mechanism).ifPresent(code -> checks.merge(code, Party.IMPORTER, ComplianceEngine::both));
                    }
                }
                String group = checks.size() > 1 ? rule.id() : null;
                checks.forEach((mechanism, party) -> steps.add(new Step(flow.direction(), mechanism, party, book.evidenceCheckOf(mechanism), group,
                        false, rule.id(), true)));
                return;
            }
            List<Mechanism> suggested = rule.then().suggest() == null ? alternatives
                    : alternatives.stream().filter(rule.then().suggest()::contains).toList();
            String group = suggested.size() > 1 ? rule.id() : null;
            for (Mechanism mechanism : suggested) {
                MechanismTerms terms = book.terms(mechanism);
                steps.add(new Step(flow.direction(), mechanism, lacking(terms), terms.step(), group, terms.slow(), rule.id(), false));
            }
            if (rule.then().suggestedBy() != null) {
                book.rule(rule.then().suggestedBy()).ifPresent(note -> applied.add(new AppliedRule(note, flow.direction(), null, null, null)));
            }
        }

        /**
         * A mechanism the parties hold (checked) that makes this requirement unnecessary, as one the flow
         * needs anyway would: an exporter with a security assessment for the transfer needs no Lingang filing.
         */
        private Mechanism heldCovering(List<Mechanism> alternatives) {
            return book.mechanisms().stream().map(MechanismTerms::code)
                    .filter(m -> !alternatives.isEmpty() && book.terms(m).coveredMechanisms().containsAll(alternatives))
                    .filter(m -> standingOfHolders(m) == Standing.VERIFIED).findFirst().orElse(null);
        }

        /** The weakest standing among the mechanism's holders: verified only when every holder's is checked. */
        private Standing standingOfHolders(Mechanism mechanism) {
            return switch (book.terms(mechanism).holder()) {
                case EXPORTER -> standing(from, mechanism, on);
                case IMPORTER -> standing(to, mechanism, on);
                case BOTH -> weaker(standing(from, mechanism, on), standing(to, mechanism, on));
            };
        }

        private static Standing weaker(Standing a, Standing b) {
            return a.ordinal() >= b.ordinal() ? a : b;
        }

        /** The entry the participant declared (and staff have not checked) that would count as the mechanism, if it has one. */
        private java.util.Optional<Mechanism> declaredAs(Participant participant, Mechanism mechanism) {
            if (standing(participant, mechanism, on) != Standing.DECLARED) {
                return java.util.Optional.empty();
            }
            MechanismTerms terms = book.terms(mechanism);
            return participant.mechanisms().stream()
                    .filter(held -> (held.code() == mechanism || terms.alsoSatisfiedBy().contains(held.code())) && held.awaitsCheckOn(on))
                    .map(HeldMechanism::code).findFirst();
        }

        /** The mechanism of another requirement of the flow that makes this one unnecessary (a security assessment covers a standard contract). */
        private Mechanism coveredBy(Rule rule, List<Rule> requirements) {
            List<Mechanism> mine = alternatives(rule);
            for (Rule other : requirements) {
                List<Mechanism> theirs = alternatives(other);
                if (other != rule && theirs.size() == 1 && book.terms(theirs.get(0)).coveredMechanisms().containsAll(mine)) {
                    return theirs.get(0);
                }
            }
            return null;
        }

        private List<Mechanism> alternatives(Rule rule) {
            List<Alternative> listed = Objects.requireNonNullElse(rule.then().anyOf(), List.of());
            return listed.stream().filter(alternative -> holds(alternative.when())).map(Alternative::mechanism).toList();
        }

        /** Who must act to obtain the mechanism: its holder, or for a two-party one, each party lacking it. */
        private Party lacking(MechanismTerms terms) {
            if (terms.holder() != Party.BOTH) {
                return terms.holder();
            }
            // A party that has declared it need not obtain it again: its step is staff's check.
            boolean exporterHas = standing(from, terms.code(), on) != Standing.NONE;
            boolean importerHas = standing(to, terms.code(), on) != Standing.NONE;
            return exporterHas ? Party.IMPORTER : importerHas ? Party.EXPORTER : Party.BOTH;
        }

        private ExemptionGround groundOf(Rule rule) {
            return rule.when() != null && rule.when().exemptionIn() != null ? flow.exemptionGround() : null;
        }

        private boolean holds(Condition condition) {
            if (condition == null) {
                return true;
            }
            return (condition.carriesAny() == null || condition.carriesAny().stream().anyMatch(flow.categories()::contains))
                    && (condition.personalInfo() == null || condition.personalInfo() == flow.carriesPersonalInfo())
                    && (condition.exporterCiio() == null || condition.exporterCiio() == from.ciio())
                    && (condition.onGeneralList() == null || condition.onGeneralList() == (flow.onGeneralList() && generalListEnabled))
                    && (condition.importerProcessorOnly() == null || condition.importerProcessorOnly() == flow.importerProcessorOnly())
                    && (condition.exemptionIn() == null || (flow.exemptionGround() != null && condition.exemptionIn().contains(flow.exemptionGround())))
                    && (condition.carriesNone() == null || condition.carriesNone().stream().noneMatch(flow.categories()::contains))
                    && (condition.sensitiveSubjectsAtLeast() == null || flow.sensitiveThisYear() >= condition.sensitiveSubjectsAtLeast())
                    && (condition.personalSubjectsAtLeast() == null || flow.personalThisYear() >= condition.personalSubjectsAtLeast())
                    && (condition.listApplies() == null || condition.listApplies() == (list != null))
                    && (condition.listIncomplete() == null || condition.listIncomplete() == (list != null && list.incomplete()))
                    && (condition.anyOf() == null || condition.anyOf().stream().anyMatch(this::holds));
        }
    }
}
