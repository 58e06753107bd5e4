package dev.bridgehead.marketplace.compliance;

import static dev.bridgehead.marketplace.compliance.DataCategory.CORE;
import static dev.bridgehead.marketplace.compliance.DataCategory.GENERAL;
import static dev.bridgehead.marketplace.compliance.DataCategory.IMPORTANT;
import static dev.bridgehead.marketplace.compliance.DataCategory.PERSONAL;
import static dev.bridgehead.marketplace.compliance.DataCategory.SENSITIVE_PERSONAL;
import static dev.bridgehead.marketplace.compliance.Direction.BOTH;
import static dev.bridgehead.marketplace.compliance.Direction.CN_TO_SG;
import static dev.bridgehead.marketplace.compliance.Direction.SG_TO_CN;
import static dev.bridgehead.marketplace.compliance.Mechanism.APEC_CBPR;
import static dev.bridgehead.marketplace.compliance.Mechanism.APEC_PRP;
import static dev.bridgehead.marketplace.compliance.Mechanism.ASEAN_MCC;
import static dev.bridgehead.marketplace.compliance.Mechanism.CN_PI_CERTIFICATION;
import static dev.bridgehead.marketplace.compliance.Mechanism.CN_SECURITY_ASSESSMENT;
import static dev.bridgehead.marketplace.compliance.Mechanism.CN_STANDARD_CONTRACT;
import static dev.bridgehead.marketplace.compliance.Mechanism.LINGANG_GENERAL_LIST;
import static dev.bridgehead.marketplace.compliance.Mechanism.SG_BCR;
import static dev.bridgehead.marketplace.compliance.Mechanism.SG_CONTRACT;
import static dev.bridgehead.marketplace.compliance.Parties.ENGINE;
import static dev.bridgehead.marketplace.compliance.Parties.TODAY;
import static dev.bridgehead.marketplace.compliance.Parties.flow;
import static dev.bridgehead.marketplace.compliance.Parties.lingang;
import static dev.bridgehead.marketplace.compliance.Parties.lingangCiio;
import static dev.bridgehead.marketplace.compliance.Parties.singapore;
import static dev.bridgehead.marketplace.compliance.Verdict.BLOCKED;
import static dev.bridgehead.marketplace.compliance.Verdict.CLEAR;
import static dev.bridgehead.marketplace.compliance.Verdict.NEEDS_STEPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.compliance.Parties.FlowBuilder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of COMPLIANCE.md, on both sides of every threshold. */
class ComplianceEngineTest {

    /**
     * @param rules the rules used, in order
     * @param steps each step as MECHANISM/PARTY, with "~GROUP" for alternatives
     */
    record Case(String name, FlowBuilder flow, Participant exporter, Participant importer, Verdict verdict, List<String> rules,
                List<String> steps) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> chinaExports() {
        return Stream.of(
                // rule 1 and the strictest category
                new Case("core data is blocked", flow(CN_TO_SG, CORE), lingang(), singapore(), BLOCKED, List.of("CN-1"), List.of()),
                new Case("core data among general data is blocked, whatever is held", flow(CN_TO_SG, GENERAL, CORE, PERSONAL).personal(10),
                        lingang(CN_SECURITY_ASSESSMENT, CN_STANDARD_CONTRACT), singapore(CN_STANDARD_CONTRACT), BLOCKED, List.of("CN-1"), List.of()),
                // rule 2
                new Case("important data needs a security assessment", flow(CN_TO_SG, GENERAL, IMPORTANT), lingang(), singapore(), NEEDS_STEPS,
                        List.of("CN-2"), List.of("CN_SECURITY_ASSESSMENT/EXPORTER")),
                new Case("important data with an assessment passed is clear", flow(CN_TO_SG, IMPORTANT), lingang(CN_SECURITY_ASSESSMENT),
                        singapore(), CLEAR, List.of("CN-2"), List.of()),
                // rule 3
                new Case("important data on the general list needs only the Lingang filing", flow(CN_TO_SG, IMPORTANT).onGeneralList(),
                        lingang(), singapore(), NEEDS_STEPS, List.of("CN-3"), List.of("LINGANG_GENERAL_LIST/EXPORTER")),
                new Case("general-list data with the Lingang filing is clear", flow(CN_TO_SG, IMPORTANT, GENERAL).onGeneralList(),
                        lingang(LINGANG_GENERAL_LIST), singapore(), CLEAR, List.of("CN-3"), List.of()),
                new Case("a CIIO cannot use the general list", flow(CN_TO_SG, IMPORTANT).onGeneralList(), lingangCiio(LINGANG_GENERAL_LIST),
                        singapore(), NEEDS_STEPS, List.of("CN-2"), List.of("CN_SECURITY_ASSESSMENT/EXPORTER")),
                new Case("the list never covers personal information", flow(CN_TO_SG, IMPORTANT, PERSONAL).onGeneralList().personal(200_000),
                        lingang(LINGANG_GENERAL_LIST), singapore(), NEEDS_STEPS, List.of("CN-3", "CN-8"),
                        // A flow that declares important data cannot use the PI certification (Order No. 20, 2026).
                        List.of("CN_STANDARD_CONTRACT/BOTH")),
                // rule 4
                new Case("general data is clear", flow(CN_TO_SG, GENERAL), lingang(), singapore(), CLEAR, List.of("CN-4"), List.of()),
                // rule 5
                new Case("a contract with the individual exempts personal information", flow(CN_TO_SG, PERSONAL).personal(2_000_000)
                        .exemption(ExemptionGround.CONTRACT_WITH_INDIVIDUAL), lingang(), singapore(), CLEAR, List.of("CN-5"), List.of()),
                new Case("HR management exempts sensitive information too", flow(CN_TO_SG, SENSITIVE_PERSONAL).sensitive(50_000)
                        .exemption(ExemptionGround.HR_MANAGEMENT), lingang(), singapore(), CLEAR, List.of("CN-5"), List.of()),
                new Case("an emergency exempts a CIIO", flow(CN_TO_SG, PERSONAL).personal(10).exemption(ExemptionGround.EMERGENCY),
                        lingangCiio(), singapore(), CLEAR, List.of("CN-5"), List.of()),
                new Case("information collected abroad is exempt", flow(CN_TO_SG, PERSONAL).personal(500_000)
                        .exemption(ExemptionGround.COLLECTED_ABROAD), lingang(), singapore(), CLEAR, List.of("CN-5"), List.of()),
                new Case("consent is not a Chinese exemption", flow(CN_TO_SG, PERSONAL).personal(500_000).exemption(ExemptionGround.CONSENT),
                        lingang(), singapore(), NEEDS_STEPS, List.of("CN-8"),
                        List.of("CN_STANDARD_CONTRACT/BOTH~CN-8", "CN_PI_CERTIFICATION/BOTH~CN-8")),
                // rule 6
                new Case("a CIIO exporting any personal information needs an assessment", flow(CN_TO_SG, PERSONAL).personal(10), lingangCiio(),
                        singapore(), NEEDS_STEPS, List.of("CN-6"), List.of("CN_SECURITY_ASSESSMENT/EXPORTER")),
                // rule 7 and 8 and 9 on both sides of each threshold
                new Case("99,999 individuals need no mechanism", flow(CN_TO_SG, PERSONAL).personal(99_999), lingang(), singapore(), CLEAR,
                        List.of("CN-9"), List.of()),
                new Case("100,000 individuals need a contract or certification", flow(CN_TO_SG, PERSONAL).personal(100_000), lingang(),
                        singapore(), NEEDS_STEPS, List.of("CN-8"), List.of("CN_STANDARD_CONTRACT/BOTH~CN-8", "CN_PI_CERTIFICATION/BOTH~CN-8")),
                new Case("999,999 individuals need a contract or certification", flow(CN_TO_SG, PERSONAL).personal(999_999), lingang(),
                        singapore(), NEEDS_STEPS, List.of("CN-8"), List.of("CN_STANDARD_CONTRACT/BOTH~CN-8", "CN_PI_CERTIFICATION/BOTH~CN-8")),
                new Case("1,000,000 individuals need an assessment", flow(CN_TO_SG, PERSONAL).personal(1_000_000), lingang(), singapore(),
                        NEEDS_STEPS, List.of("CN-7"), List.of("CN_SECURITY_ASSESSMENT/EXPORTER")),
                new Case("no sensitive information and few individuals is clear", flow(CN_TO_SG, PERSONAL).personal(50).sensitive(0), lingang(),
                        singapore(), CLEAR, List.of("CN-9"), List.of()),
                new Case("one sensitive individual needs a contract or certification", flow(CN_TO_SG, SENSITIVE_PERSONAL).sensitive(1), lingang(),
                        singapore(), NEEDS_STEPS, List.of("CN-8"), List.of("CN_STANDARD_CONTRACT/BOTH~CN-8", "CN_PI_CERTIFICATION/BOTH~CN-8")),
                new Case("9,999 sensitive individuals need a contract or certification", flow(CN_TO_SG, SENSITIVE_PERSONAL).sensitive(9_999),
                        lingang(), singapore(), NEEDS_STEPS, List.of("CN-8"),
                        List.of("CN_STANDARD_CONTRACT/BOTH~CN-8", "CN_PI_CERTIFICATION/BOTH~CN-8")),
                new Case("10,000 sensitive individuals need an assessment", flow(CN_TO_SG, SENSITIVE_PERSONAL).sensitive(10_000), lingang(),
                        singapore(), NEEDS_STEPS, List.of("CN-7"), List.of("CN_SECURITY_ASSESSMENT/EXPORTER")),
                // two-party mechanisms
                new Case("a standard contract held by both is enough", flow(CN_TO_SG, PERSONAL).personal(300_000), lingang(CN_STANDARD_CONTRACT),
                        singapore(CN_STANDARD_CONTRACT), CLEAR, List.of("CN-8"), List.of()),
                new Case("a two-party mechanism held by one side is a step for the other", flow(CN_TO_SG, PERSONAL).personal(300_000),
                        lingang(CN_STANDARD_CONTRACT), singapore(CN_PI_CERTIFICATION), NEEDS_STEPS, List.of("CN-8"),
                        List.of("CN_STANDARD_CONTRACT/IMPORTER~CN-8", "CN_PI_CERTIFICATION/EXPORTER~CN-8")),
                // an assessment covers the lesser mechanisms
                new Case("important data and mid-size personal information need only the assessment",
                        flow(CN_TO_SG, IMPORTANT, PERSONAL).personal(300_000), lingang(), singapore(), NEEDS_STEPS, List.of("CN-2", "CN-8"),
                        List.of("CN_SECURITY_ASSESSMENT/EXPORTER")),
                new Case("an assessment passed clears the whole flow", flow(CN_TO_SG, IMPORTANT, SENSITIVE_PERSONAL).sensitive(20_000),
                        lingang(CN_SECURITY_ASSESSMENT), singapore(), CLEAR, List.of("CN-2", "CN-7"), List.of())
        ).map(Arguments::of);
    }

    static Stream<Arguments> singaporeExports() {
        return Stream.of(
                new Case("data without personal data is clear", flow(SG_TO_CN, GENERAL), singapore(), lingang(), CLEAR, List.of("SG-1"), List.of()),
                new Case("China's categories do not bind a Singapore exporter", flow(SG_TO_CN, IMPORTANT), singapore(), lingang(), CLEAR,
                        List.of("SG-1"), List.of()),
                new Case("personal data without a mechanism: adopt the ASEAN clauses", flow(SG_TO_CN, PERSONAL).personal(10), singapore(),
                        lingang(), NEEDS_STEPS, List.of("SG-2", "SG-4"), List.of("ASEAN_MCC/BOTH")),
                new Case("the ASEAN clauses held by one side are a step for the other", flow(SG_TO_CN, SENSITIVE_PERSONAL).sensitive(2_000_000),
                        singapore(ASEAN_MCC), lingang(), NEEDS_STEPS, List.of("SG-2", "SG-4"), List.of("ASEAN_MCC/IMPORTER")),
                new Case("a PDPA contract held by both is enough", flow(SG_TO_CN, PERSONAL).personal(10), singapore(SG_CONTRACT),
                        lingang(SG_CONTRACT), CLEAR, List.of("SG-2"), List.of()),
                new Case("the ASEAN clauses satisfy the contract requirement", flow(SG_TO_CN, PERSONAL).personal(10), singapore(SG_CONTRACT),
                        lingang(ASEAN_MCC), CLEAR, List.of("SG-2"), List.of()),
                new Case("binding corporate rules held by both are enough", flow(SG_TO_CN, PERSONAL).personal(10), singapore(SG_BCR),
                        lingang(SG_BCR), CLEAR, List.of("SG-2"), List.of()),
                new Case("consent after notice is deemed to satisfy", flow(SG_TO_CN, PERSONAL).personal(10).exemption(ExemptionGround.CONSENT),
                        singapore(), lingang(), CLEAR, List.of("SG-3"), List.of()),
                new Case("a contract with the individual is deemed to satisfy", flow(SG_TO_CN, SENSITIVE_PERSONAL).sensitive(5)
                        .exemption(ExemptionGround.CONTRACT_WITH_INDIVIDUAL), singapore(), lingang(), CLEAR, List.of("SG-3"), List.of()),
                new Case("HR management is not a Singapore ground", flow(SG_TO_CN, PERSONAL).personal(10).exemption(ExemptionGround.HR_MANAGEMENT),
                        singapore(), lingang(), NEEDS_STEPS, List.of("SG-2", "SG-4"), List.of("ASEAN_MCC/BOTH")),
                new Case("an importer's CBPR certification is enough", flow(SG_TO_CN, PERSONAL).personal(10), singapore(),
                        Parties.party(dev.bridgehead.marketplace.organization.Jurisdiction.CN, false, APEC_CBPR), CLEAR, List.of("SG-2"), List.of()),
                new Case("a PRP certification does not count for a controller", flow(SG_TO_CN, PERSONAL).personal(10), singapore(),
                        Parties.party(dev.bridgehead.marketplace.organization.Jurisdiction.CN, false, APEC_PRP), NEEDS_STEPS,
                        List.of("SG-2", "SG-4"), List.of("ASEAN_MCC/BOTH")),
                new Case("a PRP certification counts for a processor", flow(SG_TO_CN, PERSONAL).personal(10).processorOnly(), singapore(),
                        Parties.party(dev.bridgehead.marketplace.organization.Jurisdiction.CN, false, APEC_PRP), CLEAR, List.of("SG-2"), List.of())
        ).map(Arguments::of);
    }

    static Stream<Arguments> bothWays() {
        return Stream.of(
                new Case("general data both ways is clear", flow(BOTH, GENERAL), lingang(), singapore(), CLEAR, List.of("CN-4", "SG-1"), List.of()),
                new Case("the stricter direction decides", flow(BOTH, PERSONAL).personal(50_000), lingang(), singapore(), NEEDS_STEPS,
                        List.of("CN-9", "SG-2", "SG-4"), List.of("ASEAN_MCC/BOTH")),
                new Case("core data blocks a flow both ways", flow(BOTH, CORE, PERSONAL).personal(10), singapore(ASEAN_MCC), lingang(ASEAN_MCC),
                        BLOCKED, List.of("CN-1", "SG-2"), List.of()),
                new Case("each direction takes its exporter by jurisdiction", flow(BOTH, PERSONAL).personal(500_000), singapore(ASEAN_MCC),
                        lingang(ASEAN_MCC, CN_STANDARD_CONTRACT), NEEDS_STEPS, List.of("CN-8", "SG-2"),
                        List.of("CN_STANDARD_CONTRACT/IMPORTER~CN-8", "CN_PI_CERTIFICATION/BOTH~CN-8"))
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"chinaExports", "singaporeExports", "bothWays"})
    void decidesByTheRuleBook(Case c) {
        Assessment assessment = c.flow().between(c.exporter(), c.importer());

        assertThat(assessment.verdict()).as("verdict").isEqualTo(c.verdict());
        assertThat(assessment.rules()).extracting(applied -> applied.rule().id()).as("rules used").containsExactlyElementsOf(c.rules());
        assertThat(assessment.steps()).extracting(ComplianceEngineTest::describe).as("steps").containsExactlyElementsOf(c.steps());
    }

    @Test
    void theGroundOfAnExemptionIsNamed() {
        Assessment assessment = flow(CN_TO_SG, PERSONAL).personal(10).exemption(ExemptionGround.HR_MANAGEMENT).between(lingang(), singapore());

        assertThat(assessment.rules().get(0).ground()).isEqualTo(ExemptionGround.HR_MANAGEMENT);
    }

    @Test
    void aMetRequirementNamesTheMechanismThatMetIt() {
        Assessment assessment = flow(SG_TO_CN, PERSONAL).personal(10).between(singapore(SG_CONTRACT), lingang(ASEAN_MCC));

        assertThat(assessment.rules().get(0).satisfiedBy()).isEqualTo(SG_CONTRACT);
    }

    @Test
    void aSecurityAssessmentStepIsFlaggedSlow() {
        Assessment slow = flow(CN_TO_SG, PERSONAL).personal(1_000_000).between(lingang(), singapore());
        Assessment contract = flow(CN_TO_SG, PERSONAL).personal(100_000).between(lingang(), singapore());

        assertThat(slow.hasSlowStep()).isTrue();
        assertThat(contract.hasSlowStep()).isFalse();
    }

    @Test
    void theDutiesOfAChineseExportOfPersonalInformationAreShownNotCounted() {
        Assessment personal = flow(CN_TO_SG, PERSONAL).personal(10).between(lingang(), singapore());
        Assessment general = flow(CN_TO_SG, GENERAL).between(lingang(), singapore());
        Assessment singaporean = flow(SG_TO_CN, PERSONAL).personal(10).between(singapore(ASEAN_MCC), lingang(ASEAN_MCC));

        assertThat(personal.verdict()).isEqualTo(CLEAR);
        assertThat(personal.duties()).extracting(RuleBook.Duty::id).containsExactly("CN-DUTY-1", "CN-DUTY-2", "CN-DUTY-3");
        assertThat(general.duties()).isEmpty();
        assertThat(singaporean.duties()).isEmpty();
    }

    @Test
    void theGeneralListCanBeSwitchedOff() {
        Flow listed = flow(CN_TO_SG, IMPORTANT).onGeneralList().build();

        Assessment inForce = ENGINE.assess(listed, lingang(LINGANG_GENERAL_LIST), singapore(), TODAY, true);
        Assessment lapsed = ENGINE.assess(listed, lingang(LINGANG_GENERAL_LIST), singapore(), TODAY, false);

        assertThat(inForce.verdict()).isEqualTo(CLEAR);
        assertThat(lapsed.verdict()).isEqualTo(NEEDS_STEPS);
        assertThat(lapsed.rules()).extracting(applied -> applied.rule().id()).containsExactly("CN-2");
    }

    @Test
    void aPersonalInformationCertificationCountsForThreeYears() {
        Flow flow = flow(CN_TO_SG, PERSONAL).personal(300_000).build();
        Participant importer = Parties.withMechanism(singapore(), CN_PI_CERTIFICATION, TODAY.minusYears(1));

        Participant recent = Parties.withMechanism(lingang(), CN_PI_CERTIFICATION, TODAY.minusYears(3).plusDays(1));
        Participant lapsed = Parties.withMechanism(lingang(), CN_PI_CERTIFICATION, TODAY.minusYears(3));
        Participant undated = Parties.withMechanism(lingang(), CN_PI_CERTIFICATION, null);

        assertThat(ENGINE.assess(flow, recent, importer, TODAY, true).verdict()).isEqualTo(CLEAR);
        assertThat(ENGINE.assess(flow, lapsed, importer, TODAY, true).verdict()).isEqualTo(NEEDS_STEPS);
        assertThat(ENGINE.assess(flow, undated, importer, TODAY, true).verdict()).isEqualTo(NEEDS_STEPS);
    }

    @Test
    void anExpiredCertificationCountsAsAbsentAndHigherLevelsIncludeLowerOnes() {
        Participant expired = Parties.withCertification(singapore(), Certification.ISO_27701, TODAY.minusDays(1));
        Participant lastDay = Parties.withCertification(singapore(), Certification.ISO_27701, TODAY);
        Participant mlps3 = Parties.withCertification(lingang(), Certification.MLPS_3, TODAY.plusYears(1));
        Participant mtcs3 = Parties.withCertification(singapore(), Certification.MTCS_3, TODAY.plusYears(1));
        Participant mlps2 = Parties.withCertification(lingang(), Certification.MLPS_2, TODAY.plusYears(1));

        assertThat(ENGINE.holds(expired, Certification.ISO_27701, TODAY)).isFalse();
        assertThat(ENGINE.holds(lastDay, Certification.ISO_27701, TODAY)).isTrue();
        assertThat(ENGINE.holds(mlps3, Certification.MLPS_2, TODAY)).isTrue();
        assertThat(ENGINE.holds(mtcs3, Certification.MTCS_1, TODAY)).isTrue();
        assertThat(ENGINE.holds(mlps2, Certification.MLPS_3, TODAY)).isFalse();
    }

    @Test
    void aDeclaredMechanismGivesAStepForStaffWhereAVerifiedOneClearsTheFlow() {
        Flow flow = flow(CN_TO_SG, PERSONAL).personal(150_000).build();
        Participant importer = Parties.withMechanism(singapore(), CN_STANDARD_CONTRACT, TODAY.minusMonths(2));
        Participant checked = Parties.withMechanism(lingang(), CN_STANDARD_CONTRACT, TODAY.minusMonths(2));
        Participant declared = new Participant(lingang().jurisdiction(), false, List.of(Parties.declared(CN_STANDARD_CONTRACT, TODAY.minusMonths(2))),
                List.of());

        Assessment verified = ENGINE.assess(flow, checked, importer, TODAY, true);
        Assessment unchecked = ENGINE.assess(flow, declared, importer, TODAY, true);

        assertThat(verified.verdict()).isEqualTo(CLEAR);
        assertThat(unchecked.verdict()).isEqualTo(NEEDS_STEPS);
        assertThat(unchecked.steps()).singleElement().satisfies(step -> {
            assertThat(step.mechanism()).isEqualTo(CN_STANDARD_CONTRACT);
            assertThat(step.party()).isEqualTo(Party.EXPORTER);
            assertThat(step.evidenceCheck()).isTrue();
            assertThat(step.text().en()).contains("Park staff check the evidence of the CAC standard contract").contains("declared");
            assertThat(step.text().zh()).contains("个人信息出境标准合同");
        });
    }

    @Test
    void theStepForStaffNamesTheMechanismThePartiesDeclaredNotOneItCountsAs() {
        Participant exporter = new Participant(singapore().jurisdiction(), false, List.of(Parties.declared(ASEAN_MCC, TODAY.minusMonths(2))), List.of());
        Participant importer = new Participant(lingang().jurisdiction(), false, List.of(Parties.declared(ASEAN_MCC, TODAY.minusMonths(2))), List.of());

        Assessment assessment = ENGINE.assess(flow(SG_TO_CN, PERSONAL).personal(10).build(), exporter, importer, TODAY, true);

        assertThat(assessment.steps()).singleElement().satisfies(step -> {
            assertThat(step.mechanism()).as("the ASEAN clauses both declared, not the PDPA contract they count as").isEqualTo(ASEAN_MCC);
            assertThat(step.party()).isEqualTo(Party.BOTH);
            assertThat(step.evidenceCheck()).isTrue();
        });
    }

    @Test
    void aMechanismOnlyOnePartyHasDeclaredIsStillToBeObtainedByTheOther() {
        Flow flow = flow(CN_TO_SG, PERSONAL).personal(150_000).build();
        Participant declared = new Participant(lingang().jurisdiction(), false, List.of(Parties.declared(CN_STANDARD_CONTRACT, TODAY.minusMonths(2))),
                List.of());

        Assessment assessment = ENGINE.assess(flow, declared, singapore(), TODAY, true);

        assertThat(assessment.steps()).filteredOn(step -> step.mechanism() == CN_STANDARD_CONTRACT).singleElement().satisfies(step -> {
            assertThat(step.party()).as("the exporter has declared it, so only the importer must sign").isEqualTo(Party.IMPORTER);
            assertThat(step.evidenceCheck()).isFalse();
        });
    }

    @Test
    void aRejectedOrExpiredMechanismCountsAsAbsent() {
        Flow flow = flow(CN_TO_SG, PERSONAL).personal(2_000_000).build();
        HeldMechanismFixture rejected = HeldMechanismFixture.with(dev.bridgehead.marketplace.organization.EvidenceStatus.REJECTED, null);
        HeldMechanismFixture expired = HeldMechanismFixture.with(dev.bridgehead.marketplace.organization.EvidenceStatus.VERIFIED, TODAY.minusDays(1));
        HeldMechanismFixture lastDay = HeldMechanismFixture.with(dev.bridgehead.marketplace.organization.EvidenceStatus.VERIFIED, TODAY);

        assertThat(ENGINE.assess(flow, rejected.exporter(), singapore(), TODAY, true).steps()).extracting(Assessment.Step::evidenceCheck)
                .containsExactly(false);
        assertThat(ENGINE.assess(flow, expired.exporter(), singapore(), TODAY, true).verdict()).isEqualTo(NEEDS_STEPS);
        assertThat(ENGINE.assess(flow, lastDay.exporter(), singapore(), TODAY, true).verdict()).isEqualTo(CLEAR);
    }

    /** A security assessment of the exporter in a given state of staff's check, expiring on a given day. */
    private record HeldMechanismFixture(Participant exporter) {
        static HeldMechanismFixture with(dev.bridgehead.marketplace.organization.EvidenceStatus status, java.time.LocalDate expiresOn) {
            var review = new dev.bridgehead.marketplace.organization.EvidenceReview(status, "note", java.time.Instant.EPOCH, java.time.Instant.EPOCH, 1L);
            var held = new dev.bridgehead.marketplace.organization.HeldMechanism(CN_SECURITY_ASSESSMENT, null, TODAY.minusYears(1), "CAC-1",
                    "CAC", expiresOn, null, review);
            return new HeldMechanismFixture(new Participant(lingang().jurisdiction(), false, List.of(held), List.of()));
        }
    }

    @Test
    void aDeclaredCertificationIsNotHeldButAwaitsCheck() {
        Participant declared = new Participant(singapore().jurisdiction(), false, List.of(), List.of(new dev.bridgehead.marketplace.organization.HeldCertification(
                Certification.ISO_27701, TODAY.plusYears(1), "CERT-1", "BSI", null, null,
                dev.bridgehead.marketplace.organization.EvidenceReview.declared(java.time.Instant.EPOCH))));

        assertThat(ENGINE.holds(declared, Certification.ISO_27701, TODAY)).isFalse();
        assertThat(ENGINE.awaitsCheck(declared, Certification.ISO_27701, TODAY)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ledgerCases")
    void theVolumeRulesCountTheYearsLedgerWithTheFlow(String name, long before, long flow, long sensitiveBefore, long sensitiveFlow, Verdict verdict,
                                                      String rule) {
        Flow withLedger = flow(CN_TO_SG, sensitiveFlow > 0 ? SENSITIVE_PERSONAL : PERSONAL).personal(flow).sensitive(sensitiveFlow).build()
                .after(new SentThisYear(before, sensitiveBefore));

        Assessment assessment = ENGINE.assess(withLedger, lingang(), singapore(), TODAY, true);

        assertThat(assessment.verdict()).isEqualTo(verdict);
        assertThat(assessment.rules()).extracting(applied -> applied.rule().id()).contains(rule);
    }

    static Stream<Arguments> ledgerCases() {
        return Stream.of(
                Arguments.of("99,999 with the ledger: no mechanism", 49_999L, 50_000L, 0L, 0L, CLEAR, "CN-9"),
                Arguments.of("100,000 only with the ledger: contract or certification", 50_000L, 50_000L, 0L, 0L, NEEDS_STEPS, "CN-8"),
                Arguments.of("999,999 with the ledger: contract or certification", 899_999L, 100_000L, 0L, 0L, NEEDS_STEPS, "CN-8"),
                Arguments.of("1,000,000 only with the ledger: security assessment", 900_000L, 100_000L, 0L, 0L, NEEDS_STEPS, "CN-7"),
                Arguments.of("9,999 sensitive with the ledger: contract or certification", 0L, 0L, 9_998L, 1L, NEEDS_STEPS, "CN-8"),
                Arguments.of("10,000 sensitive only with the ledger: security assessment", 0L, 0L, 9_999L, 1L, NEEDS_STEPS, "CN-7"));
    }

    @Test
    void theVerdictShowsTheYearsSumAndTheNextThreshold() {
        Assessment crossing = ENGINE.assess(flow(CN_TO_SG, PERSONAL).personal(150_000).build().after(new SentThisYear(900_000, 0)), lingang(),
                singapore(), TODAY, true);
        Assessment early = ENGINE.assess(flow(CN_TO_SG, PERSONAL).personal(30_000).build(), lingang(), singapore(), TODAY, true);
        Assessment general = ENGINE.assess(flow(CN_TO_SG, GENERAL).build(), lingang(), singapore(), TODAY, true);

        assertThat(crossing.ledger()).isEqualTo(new Assessment.Ledger(900_000, 150_000, 1_050_000, null, 0, 0, 0, 1L));
        assertThat(crossing.steps()).extracting(Assessment.Step::mechanism).containsExactly(CN_SECURITY_ASSESSMENT);
        assertThat(early.ledger().nextThreshold()).isEqualTo(100_000L);
        assertThat(general.ledger()).as("no personal information, no ledger").isNull();
    }

    @Test
    void aPersonalInformationCertificationIsNeverOfferedForAFlowWithImportantData() {
        Assessment personalOnly = flow(CN_TO_SG, PERSONAL).personal(150_000).between(lingang(), singapore());
        Assessment withImportant = flow(CN_TO_SG, PERSONAL, IMPORTANT).personal(150_000).between(lingang(), singapore());
        Participant certified = Parties.withMechanism(Parties.withMechanism(lingang(), CN_PI_CERTIFICATION, TODAY.minusYears(1)),
                CN_SECURITY_ASSESSMENT, TODAY.minusYears(1));

        assertThat(personalOnly.steps()).extracting(Assessment.Step::mechanism).containsExactlyInAnyOrder(CN_STANDARD_CONTRACT, CN_PI_CERTIFICATION);
        assertThat(withImportant.steps()).extracting(Assessment.Step::mechanism).doesNotContain(CN_PI_CERTIFICATION);
        assertThat(ENGINE.assess(flow(CN_TO_SG, PERSONAL, IMPORTANT).personal(150_000).build(), certified,
                Parties.withMechanism(singapore(), CN_PI_CERTIFICATION, TODAY.minusYears(1)), TODAY, true).rules())
                .filteredOn(applied -> applied.rule().id().equals("CN-8")).singleElement()
                .satisfies(applied -> assertThat(applied.satisfiedBy()).as("the certification does not meet CN-8 when the flow has important data")
                        .isNotEqualTo(CN_PI_CERTIFICATION));
    }

    @Test
    void aDirectionThatDoesNotFitThePartiesIsRefused() {
        assertThatThrownBy(() -> flow(CN_TO_SG, GENERAL).between(singapore(), lingang())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> flow(BOTH, GENERAL).between(lingang(), lingang())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRuleOfTheBookHasASourceAndBothLanguages() {
        assertThat(Parties.BOOK.rules()).allSatisfy(rule -> {
            assertThat(rule.source()).isNotBlank();
            assertThat(rule.text().en()).isNotBlank();
            assertThat(rule.text().zh()).isNotBlank();
        });
        assertThat(Parties.BOOK.mechanisms()).allSatisfy(terms -> assertThat(terms.step().zh()).isNotBlank());
    }

    private static String describe(Assessment.Step step) {
        return step.mechanism() + "/" + step.party() + (step.alternativeGroup() == null ? "" : "~" + step.alternativeGroup());
    }
}
