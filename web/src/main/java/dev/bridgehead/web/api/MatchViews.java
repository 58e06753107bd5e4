package dev.bridgehead.web.api;

import dev.bridgehead.marketplace.compliance.Assessment;
import dev.bridgehead.marketplace.compliance.RuleBook;
import dev.bridgehead.marketplace.matching.ComplianceCheck;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.matching.MatchDetails;
import dev.bridgehead.marketplace.matching.NeedMatches;
import dev.bridgehead.marketplace.need.Need;
import dev.bridgehead.marketplace.organization.Organization;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** What the API shows of needs, matches and compliance verdicts; sentences in English ({@code text}) and Chinese ({@code textZh}). */
public final class MatchViews {

    private MatchViews() {
    }

    @Serdeable
    public record NeedView(String id, String organizationId, String title, @Nullable String description, List<String> sectors,
                           List<String> dataCategories, String direction, long personalInfoSubjects, long sensitiveSubjects,
                           List<String> requiredCertifications, @Nullable String exemptionGround, boolean onGeneralList, List<String> tags,
                           List<String> scenarioIds, String status, Instant createdAt, Instant updatedAt, Integer version,
                           @Nullable String listScenario, List<String> listedItems) {

        public static NeedView of(Need n) {
            return new NeedView(Views.idOf(n.id()), Views.idOf(n.organizationId()), n.title(), n.description(), names(n.sectors()),
                    names(n.dataCategories()), n.direction().name(), n.personalInfoSubjects(), n.sensitiveSubjects(),
                    names(n.requiredCertifications()), n.exemptionGround() == null ? null : n.exemptionGround().name(), n.onGeneralList(),
                    n.tags(), n.scenarioIds().stream().map(String::valueOf).toList(), n.status().name(), n.createdAt(), n.updatedAt(), n.version(),
                    n.listScenario(), n.listedItems());
        }
    }

    /**
     * A step of the compliance path.
     *
     * @param alternativeGroup steps sharing it are alternatives: one of them is enough
     * @param slow             takes months (a CAC security assessment)
     */
    @Serdeable
    public record StepView(String direction, String mechanism, String party, String text, String textZh, @Nullable String alternativeGroup,
                           boolean slow, String ruleId, boolean evidenceCheck) {

        static StepView of(MatchDetails.Step s, RuleBook book) {
            var text = s.evidenceCheck() ? book.evidenceCheckOf(s.mechanism()) : book.terms(s.mechanism()).step();
            return new StepView(s.direction().name(), s.mechanism().name(), s.party().name(), text.en(), text.zh(),
                    s.alternativeGroup(), s.slow(), s.ruleId(), s.evidenceCheck());
        }

        static StepView of(Assessment.Step s) {
            return new StepView(s.direction().name(), s.mechanism().name(), s.party().name(), s.text().en(), s.text().zh(), s.alternativeGroup(),
                    s.slow(), s.ruleId(), s.evidenceCheck());
        }
    }

    /**
     * A rule used for a verdict, with its legal source.
     *
     * @param list the negative list version rule NL-1 applied ({@code code@version}), when it did
     */
    @Serdeable
    public record RuleView(String id, String kind, String source, String text, String textZh, @Nullable String direction,
                           @Nullable String satisfiedBy, @Nullable String coveredBy, @Nullable String ground, @Nullable String list) {

        static RuleView of(MatchDetails.RuleUse use, RuleBook book) {
            RuleBook.Rule rule = book.rule(use.id()).orElse(null);
            return new RuleView(use.id(), rule == null ? "RETIRED" : rule.kind(), rule == null ? "" : rule.source(),
                    rule == null ? "" : rule.text().en(), rule == null ? "" : rule.text().zh(), use.direction().name(),
                    name(use.satisfiedBy()), name(use.coveredBy()), name(use.ground()), use.list());
        }

        static RuleView of(Assessment.AppliedRule applied) {
            RuleBook.Rule rule = applied.rule();
            return new RuleView(rule.id(), rule.kind(), rule.source(), rule.text().en(), rule.text().zh(), applied.direction().name(),
                    name(applied.satisfiedBy()), name(applied.coveredBy()), name(applied.ground()),
                    applied.list() == null ? null : applied.list().toString());
        }

        static RuleView of(RuleBook.Rule rule) {
            return new RuleView(rule.id(), rule.kind(), rule.source(), rule.text().en(), rule.text().zh(),
                    "ANY".equals(rule.direction()) ? null : rule.direction(), null, null, null, null);
        }
    }

    /**
     * A duty that holds whatever the route.
     *
     * @param code     the duty's id (also as {@code id})
     * @param deadline the last day to meet it for a transfer made today, when it has one (15 business days for the negative-list report)
     */
    @Serdeable
    public record DutyView(String id, String code, String source, String text, String textZh, @Nullable java.time.LocalDate deadline,
                           @Nullable Integer dueInBusinessDays) {
        static DutyView of(RuleBook.Duty duty) {
            return new DutyView(duty.id(), duty.id(), duty.source(), duty.text().en(), duty.text().zh(), null, duty.dueInBusinessDays());
        }

        static DutyView of(RuleBook.Duty duty, java.time.LocalDate transferDay) {
            return new DutyView(duty.id(), duty.id(), duty.source(), duty.text().en(), duty.text().zh(), duty.deadline(transferDay),
                    duty.dueInBusinessDays());
        }
    }

    /** Why a listing suits a need: {@code kind} is TERMS, SECTORS, TAGS, SCENARIOS (ids) or CATEGORIES. */
    @Serdeable
    public record ReasonView(String kind, List<String> values) {
        static ReasonView of(MatchDetails.Reason r) {
            return new ReasonView(r.kind(), r.values());
        }
    }

    @Serdeable
    public record MatchItemView(String id, String needId, String listingId, String organizationId, String needOrganizationId, double score,
                                String verdict, String status, List<StepView> steps, List<ReasonView> reasons, List<RuleView> rules,
                                Instant computedAt, @Nullable String ruleBookVersion, @Nullable Integer version, List<String> listVersions) {

        public static MatchItemView of(Match m, RuleBook book) {
            return new MatchItemView(Views.idOf(m.id()), Views.idOf(m.needId()), Views.idOf(m.listingId()), Views.idOf(m.listingOrganizationId()),
                    Views.idOf(m.needOrganizationId()), m.score(), m.verdict().name(), m.status().name(),
                    m.steps().stream().map(s -> StepView.of(s, book)).toList(), m.reasons().stream().map(ReasonView::of).toList(),
                    m.rules().stream().map(r -> RuleView.of(r, book)).toList(), m.computedAt(), m.ruleBookVersion(), m.version(),
                    m.listVersions());
        }
    }

    @Serdeable
    public record MissingView(String kind, String code) {
    }

    @Serdeable
    public record NearMissView(String listingId, String organizationId, List<MissingView> missing) {
        static NearMissView of(MatchDetails.NearMiss n) {
            return new NearMissView(Views.idOf(n.listingId()), Views.idOf(n.organizationId()),
                    n.missing().stream().map(m -> new MissingView(m.kind(), m.code())).toList());
        }
    }

    /**
     * A need's matches: never a BLOCKED pair in {@code items}.
     *
     * @param matchedAt  when matching last ran; null until it first has
     * @param candidates listings the search engine proposed in that run
     * @param blocked    candidates the transfer rules forbid
     */
    @Serdeable
    public record NeedMatchesView(String needId, List<MatchItemView> items, List<NearMissView> nearMisses, @Nullable Instant matchedAt,
                                  int candidates, int blocked, String disclaimer) {

        public static NeedMatchesView of(NeedMatches m, RuleBook book) {
            return new NeedMatchesView(Views.idOf(m.need().id()), m.items().stream().map(i -> MatchItemView.of(i, book)).toList(),
                    m.nearMisses().stream().map(NearMissView::of).toList(), m.run() == null ? null : m.run().matchedAt(),
                    m.run() == null ? 0 : m.run().candidates(), m.run() == null ? 0 : m.run().blocked(), book.disclaimer().en());
        }
    }

    @Serdeable
    public record PartyView(String id, String name, @Nullable String nameZh, String jurisdiction) {
        static PartyView of(Organization o) {
            return new PartyView(Views.idOf(o.id()), o.name(), o.nameZh(), o.jurisdiction().name());
        }
    }

    /**
     * The exporter's year that the volume rules saw (China time): before this flow, this flow, the
     * sum, and the rule book's next threshold above it (null when none is left). An upper bound.
     */
    @Serdeable
    public record LedgerView(int year, long before, long thisFlow, long after, @Nullable Long nextThreshold, long sensitiveBefore,
                             long sensitiveThisFlow, long sensitiveAfter, @Nullable Long sensitiveNextThreshold) {

        static LedgerView of(@Nullable Assessment.Ledger ledger) {
            return ledger == null ? null : new LedgerView(java.time.LocalDate.now(dev.bridgehead.marketplace.ledger.ExportLedger.CHINA).getYear(),
                    ledger.before(), ledger.thisFlow(), ledger.after(), ledger.nextThreshold(), ledger.sensitiveBefore(), ledger.sensitiveThisFlow(),
                    ledger.sensitiveAfter(), ledger.sensitiveNextThreshold());
        }
    }

    /** @param listVersions the negative list versions the verdict used, as {@code code@version} */
    @Serdeable
    public record CheckView(String verdict, List<StepView> steps, List<RuleView> rules, List<DutyView> duties, PartyView exporter,
                            PartyView importer, String ruleBookVersion, List<String> listVersions, String disclaimer, String disclaimerZh,
                            @Nullable LedgerView ledger) {

        public static CheckView of(ComplianceCheck.Result result, RuleBook book) {
            Assessment a = result.assessment();
            return new CheckView(a.verdict().name(), a.steps().stream().map(StepView::of).toList(), a.rules().stream().map(RuleView::of).toList(),
                    a.duties().stream().map(duty -> DutyView.of(duty, result.day())).toList(), PartyView.of(result.exporter()),
                    PartyView.of(result.importer()), book.version(), a.listVersions(), book.disclaimer().en(), book.disclaimer().zh(),
                    LedgerView.of(a.ledger()));
        }
    }

    @Serdeable
    public record RuleBookView(String version, String disclaimer, String disclaimerZh, List<RuleView> rules, List<DutyView> duties) {
        public static RuleBookView of(RuleBook book) {
            return new RuleBookView(book.version(), book.disclaimer().en(), book.disclaimer().zh(), book.rules().stream().map(RuleView::of).toList(),
                    book.duties().stream().map(DutyView::of).toList());
        }
    }

    private static List<String> names(List<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).toList();
    }

    private static String name(Enum<?> code) {
        return code == null ? null : code.name();
    }
}
