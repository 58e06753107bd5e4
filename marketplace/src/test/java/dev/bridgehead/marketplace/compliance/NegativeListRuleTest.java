package dev.bridgehead.marketplace.compliance;

import static dev.bridgehead.marketplace.compliance.DataCategory.CORE;
import static dev.bridgehead.marketplace.compliance.DataCategory.GENERAL;
import static dev.bridgehead.marketplace.compliance.DataCategory.IMPORTANT;
import static dev.bridgehead.marketplace.compliance.DataCategory.PERSONAL;
import static dev.bridgehead.marketplace.compliance.DataCategory.SENSITIVE_PERSONAL;
import static dev.bridgehead.marketplace.compliance.Mechanism.CN_PI_CERTIFICATION;
import static dev.bridgehead.marketplace.compliance.Mechanism.CN_SECURITY_ASSESSMENT;
import static dev.bridgehead.marketplace.compliance.Mechanism.CN_STANDARD_CONTRACT;
import static dev.bridgehead.marketplace.compliance.Parties.ENGINE;
import static dev.bridgehead.marketplace.compliance.Verdict.BLOCKED;
import static dev.bridgehead.marketplace.compliance.Verdict.CLEAR;
import static dev.bridgehead.marketplace.compliance.Verdict.NEEDS_STEPS;
import static dev.bridgehead.marketplace.organization.RegistrationArea.CN_OTHER;
import static dev.bridgehead.marketplace.organization.RegistrationArea.LINGANG;
import static dev.bridgehead.marketplace.organization.RegistrationArea.SHANGHAI;
import static dev.bridgehead.marketplace.organization.RegistrationArea.SHANGHAI_FTZ;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.organization.Jurisdiction;
import dev.bridgehead.marketplace.organization.RegistrationArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule NL-1 (COMPLIANCE.md, "Negative lists") against each area and each list: in force or not yet,
 * CIIO or not, a scenario named or not, no item, one item, an item under and over its volume, core
 * data still blocked, and the 15-business-day report that never makes a verdict NEEDS_STEPS.
 */
class NegativeListRuleTest {

    static final LocalDate FTZ_FROM = LocalDate.of(2025, 2, 8);
    static final LocalDate CITY_FROM = LocalDate.of(2026, 4, 24);
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    static final NegativeList FTZ = new NegativeList("T-FTZ", 3, "FTZ list", "自贸区清单", NegativeList.Area.SHANGHAI_FTZ_LINGANG, "test", FTZ_FROM,
            true, 3,
            List.of(new NegativeList.Scenario("PORT", "INTERNATIONAL_SHIPPING", "Port operations", "港口作业", null),
                    new NegativeList.Scenario("MEMBERS", "TRADE", "Membership management", "会员管理", null)),
            List.of(new NegativeList.Item("PORT-IMPORTANT", "PORT", "Port throughput", "港口吞吐量", IMPORTANT, CN_SECURITY_ASSESSMENT, null, null),
                    new NegativeList.Item("PORT-CREW-PI", "PORT", "Crew identities", "船员身份", PERSONAL, CN_STANDARD_CONTRACT, 100_000L, null),
                    new NegativeList.Item("PORT-HEALTH", "PORT", "Crew health", "船员健康", SENSITIVE_PERSONAL, CN_PI_CERTIFICATION, null, null)));
    static final NegativeList CITY = new NegativeList("T-CITY", 1, "City list", "全市清单", NegativeList.Area.SHANGHAI_CITYWIDE, "test", CITY_FROM,
            true, null, List.of(new NegativeList.Scenario("CITY-PORT", "INTERNATIONAL_SHIPPING", "Port operations", "港口作业", null)), List.of());
    static final Regime LISTS = new Regime(true, List.of(FTZ, CITY));

    static Participant exporter(RegistrationArea area, Mechanism... held) {
        return Parties.lingang(held).registeredIn(area);
    }

    static Flow flow(String scenario, Set<String> items, long personal, DataCategory... categories) {
        EnumSet<DataCategory> set = EnumSet.noneOf(DataCategory.class);
        set.addAll(List.of(categories));
        return new Flow(Direction.CN_TO_SG, set, personal, 0, null, false, false).inScenario(scenario, items);
    }

    record Case(String name, Flow flow, Participant exporter, Participant importer, LocalDate on, Regime regime, Verdict verdict,
                List<String> rules, List<String> steps, boolean reportDue) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        Participant sg = Parties.singapore();
        Flow plain = flow("PORT", Set.of(), 500_000, PERSONAL);
        return Stream.of(
                new Case("Lingang, scenario, no items: clear and the report is due", plain, exporter(LINGANG), sg, DAY, LISTS, CLEAR,
                        List.of("NL-1"), List.of(), true),
                new Case("rest of the FTZ: clear", plain, exporter(SHANGHAI_FTZ), sg, DAY, LISTS, CLEAR, List.of("NL-1"), List.of(), true),
                new Case("elsewhere in Shanghai: the FTZ list does not cover it, rules 2-9", plain, exporter(SHANGHAI), sg, DAY, LISTS, NEEDS_STEPS,
                        List.of("CN-8"), List.of("CN_STANDARD_CONTRACT/BOTH~CN-8", "CN_PI_CERTIFICATION/BOTH~CN-8"), false),
                new Case("elsewhere in China: no list", plain, exporter(CN_OTHER), sg, DAY, LISTS, NEEDS_STEPS, List.of("CN-8"),
                        List.of("CN_STANDARD_CONTRACT/BOTH~CN-8", "CN_PI_CERTIFICATION/BOTH~CN-8"), false),
                new Case("registration unknown (not verified): no list", plain, exporter(null), sg, DAY, LISTS, NEEDS_STEPS,
                        List.of("CN-8"), List.of("CN_STANDARD_CONTRACT/BOTH~CN-8", "CN_PI_CERTIFICATION/BOTH~CN-8"), false),
                new Case("a CIIO: lists never apply", plain, Parties.lingangCiio().registeredIn(LINGANG), sg, DAY, LISTS, NEEDS_STEPS,
                        List.of("CN-6"), List.of("CN_SECURITY_ASSESSMENT/EXPORTER"), false),
                new Case("no scenario named: rules 2-9", flow(null, Set.of(), 500_000, PERSONAL), exporter(LINGANG), sg, DAY, LISTS, NEEDS_STEPS,
                        List.of("CN-8"), List.of("CN_STANDARD_CONTRACT/BOTH~CN-8", "CN_PI_CERTIFICATION/BOTH~CN-8"), false),
                new Case("the day before the FTZ list takes effect: rules 2-9", plain, exporter(LINGANG), sg, FTZ_FROM.minusDays(1), LISTS,
                        NEEDS_STEPS, List.of("CN-8"), List.of("CN_STANDARD_CONTRACT/BOTH~CN-8", "CN_PI_CERTIFICATION/BOTH~CN-8"), false),
                new Case("the day it takes effect: clear", plain, exporter(LINGANG), sg, FTZ_FROM, LISTS, CLEAR, List.of("NL-1"), List.of(), true),
                new Case("the list switched off: rules 2-9", plain, exporter(LINGANG), sg, DAY, new Regime(true, List.of(FTZ.enabled(false))),
                        NEEDS_STEPS, List.of("CN-8"), List.of("CN_STANDARD_CONTRACT/BOTH~CN-8", "CN_PI_CERTIFICATION/BOTH~CN-8"), false),
                new Case("core data is still blocked", flow("PORT", Set.of(), 0, GENERAL, CORE), exporter(LINGANG), sg, DAY, LISTS, BLOCKED,
                        List.of("CN-1"), List.of(), false),
                new Case("important data named by no item: clear (the list replaces CN-2)", flow("PORT", Set.of(), 0, IMPORTANT), exporter(LINGANG),
                        sg, DAY, LISTS, CLEAR, List.of("NL-1"), List.of(), true),
                new Case("a listed important item: security assessment", flow("PORT", Set.of("PORT-IMPORTANT"), 0, IMPORTANT), exporter(LINGANG), sg,
                        DAY, LISTS, NEEDS_STEPS, List.of("NL-1"), List.of("CN_SECURITY_ASSESSMENT/EXPORTER"), true),
                new Case("a listed item under its volume (99,999): clear", flow("PORT", Set.of("PORT-CREW-PI"), 99_999, PERSONAL), exporter(LINGANG),
                        sg, DAY, LISTS, CLEAR, List.of("NL-1"), List.of(), true),
                new Case("the same item at its volume (100,000): contract or certification",
                        flow("PORT", Set.of("PORT-CREW-PI"), 100_000, PERSONAL), exporter(LINGANG), sg, DAY, LISTS, NEEDS_STEPS, List.of("NL-1"),
                        List.of("CN_STANDARD_CONTRACT/BOTH~NL-1", "CN_PI_CERTIFICATION/BOTH~NL-1"), true),
                new Case("the item's volume reached only with the year's ledger (60,000 + 40,000)",
                        flow("PORT", Set.of("PORT-CREW-PI"), 40_000, PERSONAL).after(new SentThisYear(60_000, 0)), exporter(LINGANG), sg, DAY, LISTS,
                        NEEDS_STEPS, List.of("NL-1"), List.of("CN_STANDARD_CONTRACT/BOTH~NL-1", "CN_PI_CERTIFICATION/BOTH~NL-1"), true),
                new Case("an item without a volume, with important data too: no certification offered",
                        flow("PORT", Set.of("PORT-HEALTH"), 0, SENSITIVE_PERSONAL, IMPORTANT), exporter(LINGANG), sg, DAY, LISTS, NEEDS_STEPS,
                        List.of("NL-1"), List.of("CN_STANDARD_CONTRACT/BOTH"), true),
                new Case("a listed item whose mechanism both parties hold, checked: clear",
                        flow("PORT", Set.of("PORT-HEALTH"), 0, SENSITIVE_PERSONAL), exporter(LINGANG, CN_STANDARD_CONTRACT),
                        Parties.singapore(CN_STANDARD_CONTRACT), DAY, LISTS, CLEAR, List.of("NL-1"), List.of(), true),
                new Case("an item id the list version no longer has is not on the list", flow("PORT", Set.of("GONE"), 0, PERSONAL), exporter(LINGANG),
                        sg, DAY, LISTS, CLEAR, List.of("NL-1"), List.of(), true),
                new Case("citywide list, exporter elsewhere in Shanghai, from its day: clear", flow("CITY-PORT", Set.of(), 200_000, PERSONAL),
                        exporter(SHANGHAI), sg, CITY_FROM, LISTS, CLEAR, List.of("NL-1"), List.of(), true),
                new Case("citywide list, the day before: rules 2-9", flow("CITY-PORT", Set.of(), 200_000, PERSONAL), exporter(SHANGHAI), sg,
                        CITY_FROM.minusDays(1), LISTS, NEEDS_STEPS, List.of("CN-8"),
                        List.of("CN_STANDARD_CONTRACT/BOTH~CN-8", "CN_PI_CERTIFICATION/BOTH~CN-8"), false),
                new Case("citywide list covers Lingang too", flow("CITY-PORT", Set.of(), 200_000, PERSONAL), exporter(LINGANG), sg, DAY, LISTS, CLEAR,
                        List.of("NL-1"), List.of(), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides(Case c) {
        Assessment assessment = ENGINE.assess(c.flow(), c.exporter(), c.importer(), c.on(), c.regime());

        assertThat(assessment.verdict()).as("verdict").isEqualTo(c.verdict());
        assertThat(assessment.rules().stream().map(rule -> rule.rule().id()).toList()).as("rules").isEqualTo(c.rules());
        assertThat(steps(assessment)).as("steps").isEqualTo(c.steps());
        assertThat(assessment.duties().stream().anyMatch(duty -> duty.id().equals("NL-DUTY-1"))).as("report due").isEqualTo(c.reportDue());
        if (c.rules().contains("NL-1")) {
            assertThat(assessment.listVersions()).as("list named").hasSize(1);
        } else {
            assertThat(assessment.listVersions()).isEmpty();
        }
    }

    @Test
    void theReportIsDueFifteenBusinessDaysAfterTheTransferAndNeverAStep() {
        Assessment assessment = ENGINE.assess(flow("PORT", Set.of(), 10, PERSONAL), exporter(LINGANG), Parties.singapore(), DAY, LISTS);
        RuleBook.Duty report = assessment.duties().stream().filter(duty -> duty.id().equals("NL-DUTY-1")).findFirst().orElseThrow();

        // Monday 7 December 2026 + 15 business days = Monday 28 December 2026.
        assertThat(report.deadline(DAY)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(report.deadline(LocalDate.of(2026, 12, 5))).as("from a Saturday").isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(assessment.verdict()).isEqualTo(CLEAR);
        assertThat(assessment.steps()).isEmpty();
    }

    @Test
    void aListLackingItemsOfItsPublishedTextClearsButAsksToCheckThatText() {
        NegativeList lacking = new NegativeList("T-LACKING", 1, "Lacking", "缺项", NegativeList.Area.SHANGHAI_FTZ_LINGANG, "test", FTZ_FROM, true, 84,
                List.of(new NegativeList.Scenario("PORT", "INTERNATIONAL_SHIPPING", "Port operations", "港口作业", null)), List.of());

        Assessment assessment = ENGINE.assess(flow("PORT", Set.of(), 10, PERSONAL), exporter(LINGANG), Parties.singapore(), DAY,
                new Regime(true, List.of(lacking)));
        Assessment complete = ENGINE.assess(flow("PORT", Set.of(), 10, PERSONAL), exporter(LINGANG), Parties.singapore(), DAY, LISTS);

        assertThat(assessment.verdict()).isEqualTo(CLEAR);
        assertThat(assessment.duties()).extracting(RuleBook.Duty::id).contains("NL-DUTY-1", "NL-DUTY-2");
        assertThat(complete.duties()).extracting(RuleBook.Duty::id).contains("NL-DUTY-1").doesNotContain("NL-DUTY-2");
        assertThat(ENGINE.duties(flow("PORT", Set.of(), 10, PERSONAL), lacking)).extracting(RuleBook.Duty::id).contains("NL-DUTY-2");
    }

    @Test
    void theVerdictNamesTheListVersionItUsed() {
        Assessment assessment = ENGINE.assess(flow("PORT", Set.of(), 10, PERSONAL), exporter(LINGANG), Parties.singapore(), DAY, LISTS);

        assertThat(assessment.listVersions()).containsExactly("T-FTZ@3");
    }

    @Test
    void whereTwoListsApplyTheLighterVerdictCountsAndIsNamed() {
        NegativeList strict = new NegativeList("A-STRICT", 1, "Strict", "严", NegativeList.Area.SHANGHAI_FTZ_LINGANG, "test", FTZ_FROM, true, null,
                List.of(new NegativeList.Scenario("SHARED", "TRADE", "Shared", "共有", null)),
                List.of(new NegativeList.Item("ITEM", "SHARED", "Item", "项", IMPORTANT, CN_SECURITY_ASSESSMENT, null, null)));
        NegativeList light = new NegativeList("B-LIGHT", 2, "Light", "轻", NegativeList.Area.SHANGHAI_CITYWIDE, "test", CITY_FROM, true, null,
                List.of(new NegativeList.Scenario("SHARED", "TRADE", "Shared", "共有", null)), List.of());
        Flow flow = flow("SHARED", Set.of("ITEM"), 0, IMPORTANT);

        Assessment both = ENGINE.assess(flow, exporter(LINGANG), Parties.singapore(), DAY, new Regime(true, List.of(strict, light)));
        Assessment strictOnly = ENGINE.assess(flow, exporter(LINGANG), Parties.singapore(), DAY, new Regime(true, List.of(strict)));

        assertThat(both.verdict()).isEqualTo(CLEAR);
        assertThat(both.listVersions()).containsExactly("B-LIGHT@2");
        assertThat(strictOnly.verdict()).isEqualTo(NEEDS_STEPS);
        assertThat(strictOnly.listVersions()).containsExactly("A-STRICT@1");
    }

    @Test
    void aDeclaredMechanismForAListedItemIsAnEvidenceCheckNotAFreshStep() {
        Participant declaring = new Participant(Jurisdiction.CN, false, List.of(Parties.declared(CN_SECURITY_ASSESSMENT, DAY.minusMonths(2))),
                List.of(), LINGANG);

        Assessment assessment = ENGINE.assess(flow("PORT", Set.of("PORT-IMPORTANT"), 0, IMPORTANT), declaring, Parties.singapore(), DAY, LISTS);

        assertThat(assessment.verdict()).isEqualTo(NEEDS_STEPS);
        assertThat(assessment.steps()).singleElement().satisfies(step -> assertThat(step.evidenceCheck()).isTrue());
    }

    @Test
    void aFlowBothWaysKeepsTheSingaporeRulesForItsOtherHalf() {
        Flow both = new Flow(Direction.BOTH, EnumSet.of(PERSONAL), 10, 0, null, false, false).inScenario("PORT", Set.of());

        Assessment assessment = ENGINE.assess(both, exporter(LINGANG), Parties.singapore(), DAY, LISTS);

        assertThat(assessment.verdict()).isEqualTo(NEEDS_STEPS);
        assertThat(assessment.rules().stream().map(rule -> rule.rule().id())).contains("NL-1", "SG-2");
    }

    private static List<String> steps(Assessment assessment) {
        List<String> steps = new ArrayList<>();
        for (Assessment.Step step : assessment.steps()) {
            steps.add(step.mechanism() + "/" + step.party() + (step.alternativeGroup() == null ? "" : "~" + step.alternativeGroup()));
        }
        return steps;
    }
}
