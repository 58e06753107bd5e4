package dev.bridgehead.marketplace.compliance;

import static dev.bridgehead.marketplace.compliance.Parties.ENGINE;
import static dev.bridgehead.marketplace.compliance.Parties.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.organization.HeldMechanism;
import dev.bridgehead.marketplace.organization.Jurisdiction;
import dev.bridgehead.marketplace.testing.RandomCases;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What must hold for every flow and every pair of profiles, checked on thousands of generated cases, not only the rule book's examples. */
class ComplianceEnginePropertiesTest {

    static final long[] SUBJECT_EDGES = {0, 1, 9_999, 10_000, 99_999, 100_000, 999_999, 1_000_000};

    @Test
    void addingAMechanismNeverMakesAVerdictStricter() {
        RandomCases.check(5000, random -> new Enriched(scenario(random), RandomCases.oneOf(random, Mechanism.class), random.nextBoolean()), c -> {
            Scenario richer = c.toExporter() ? c.scenario().withExporter(plus(c.scenario().exporter(), c.added()))
                    : c.scenario().withImporter(plus(c.scenario().importer(), c.added()));
            Assessment before = c.scenario().assess();
            Assessment after = richer.assess();

            assertThat(after.verdict().ordinal()).isLessThanOrEqualTo(before.verdict().ordinal());
            assertThat(after.steps().size()).isLessThanOrEqualTo(before.steps().size());
        });
    }

    @Test
    void aVerdictNeverGetsLighterWhenTheFlowGetsBigger() {
        RandomCases.check(2000, ComplianceEnginePropertiesTest::scenario, scenario -> {
            Flow flow = scenario.flow();
            Random random = new Random(flow.hashCode());
            EnumSet<DataCategory> more = EnumSet.copyOf(flow.categories());
            more.add(RandomCases.oneOf(random, DataCategory.class));
            List<Flow> bigger = List.of(
                    new Flow(flow.direction(), flow.categories(), flow.personalInfoSubjects() + random.nextInt(2_000_000), flow.sensitiveSubjects(),
                            flow.exemptionGround(), flow.onGeneralList(), flow.importerProcessorOnly(), flow.sentBefore(), flow.listScenario(),
                            flow.listedItems()),
                    new Flow(flow.direction(), flow.categories(), flow.personalInfoSubjects(), flow.sensitiveSubjects() + random.nextInt(20_000),
                            flow.exemptionGround(), flow.onGeneralList(), flow.importerProcessorOnly(), flow.sentBefore(), flow.listScenario(),
                            flow.listedItems()),
                    new Flow(flow.direction(), more, flow.personalInfoSubjects(), flow.sensitiveSubjects(), flow.exemptionGround(), flow.onGeneralList(),
                            flow.importerProcessorOnly(), flow.sentBefore(), flow.listScenario(), flow.listedItems()),
                    flow.after(new SentThisYear(flow.sentBefore().personal() + random.nextInt(2_000_000),
                            flow.sentBefore().sensitive() + random.nextInt(20_000))),
                    flow.inScenario(flow.listScenario(), plusItem(flow.listedItems(), random)));
            Verdict verdict = scenario.assess().verdict();

            for (Flow larger : bigger) {
                assertThat(scenario.withFlow(larger).assess().verdict().ordinal()).as("%s → %s", flow, larger)
                        .isGreaterThanOrEqualTo(verdict.ordinal());
            }
        });
    }

    @Test
    void theOrderOfCategoriesDoesNotMatter() {
        RandomCases.check(2000, ComplianceEnginePropertiesTest::scenario, scenario -> {
            List<DataCategory> shuffled = new ArrayList<>(scenario.flow().categories());
            shuffled.addAll(scenario.flow().categories());
            Collections.shuffle(shuffled, new Random(shuffled.size()));
            Flow flow = scenario.flow();
            Flow reordered = new Flow(flow.direction(), EnumSet.copyOf(shuffled), flow.personalInfoSubjects(), flow.sensitiveSubjects(),
                    flow.exemptionGround(), flow.onGeneralList(), flow.importerProcessorOnly(), flow.sentBefore(), flow.listScenario(),
                    flow.listedItems());

            assertThat(scenario.withFlow(reordered).assess()).isEqualTo(scenario.assess());
        });
    }

    @Test
    void aVerdictAndItsStepsAgree() {
        RandomCases.check(2000, ComplianceEnginePropertiesTest::scenario, scenario -> {
            Assessment assessment = scenario.assess();

            switch (assessment.verdict()) {
                case CLEAR -> assertThat(assessment.steps()).isEmpty();
                case NEEDS_STEPS -> assertThat(assessment.steps()).isNotEmpty();
                case BLOCKED -> {
                    assertThat(assessment.steps()).isEmpty();
                    assertThat(assessment.blockedBy()).isNotNull();
                }
            }
            assertThat(assessment.rules()).isNotEmpty();
            assertThat(scenario.assess()).as("the same inputs give the same assessment").isEqualTo(assessment);
        });
    }

    @Test
    void onlyCoreDataLeavingChinaIsBlocked() {
        RandomCases.check(2000, ComplianceEnginePropertiesTest::scenario, scenario -> {
            boolean coreLeavesChina = scenario.flow().categories().contains(DataCategory.CORE) && scenario.flow().direction() != Direction.SG_TO_CN;

            assertThat(scenario.assess().verdict() == Verdict.BLOCKED).isEqualTo(coreLeavesChina);
        });
    }

    static Scenario scenario(Random random) {
        List<DataCategory> categories = RandomCases.someOf(random, DataCategory.class, 0.35);
        if (categories.isEmpty()) {
            categories.add(RandomCases.oneOf(random, DataCategory.class));
        }
        Flow flow = new Flow(RandomCases.oneOf(random, Direction.class), EnumSet.copyOf(categories),
                RandomCases.count(random, 2_000_000, SUBJECT_EDGES), RandomCases.count(random, 2_000_000, SUBJECT_EDGES),
                random.nextBoolean() ? null : RandomCases.oneOf(random, ExemptionGround.class), random.nextBoolean(), random.nextBoolean())
                .inScenario(random.nextBoolean() ? null : SCENARIOS.get(random.nextInt(SCENARIOS.size())), items(random));
        Participant lingang = participant(random, Jurisdiction.CN)
                .registeredIn(random.nextInt(5) == 0 ? null : RandomCases.oneOf(random, dev.bridgehead.marketplace.organization.RegistrationArea.class));
        Participant singapore = participant(random, Jurisdiction.SG);
        boolean chinaExports = flow.direction() != Direction.SG_TO_CN;
        return new Scenario(flow, chinaExports ? lingang : singapore, chinaExports ? singapore : lingang, random.nextBoolean());
    }

    /** The scenarios of the test lists (and one no list has), and their items, named at random by flows. */
    static final List<String> SCENARIOS = List.of("PORT", "MEMBERS", "CITY-PORT", "UNLISTED");
    static final List<String> ITEMS = List.of("PORT-IMPORTANT", "PORT-CREW-PI", "PORT-HEALTH", "GONE");

    private static java.util.Set<String> items(Random random) {
        java.util.Set<String> items = new java.util.HashSet<>();
        for (String item : ITEMS) {
            if (random.nextInt(4) == 0) {
                items.add(item);
            }
        }
        return items;
    }

    private static java.util.Set<String> plusItem(java.util.Set<String> items, Random random) {
        java.util.Set<String> more = new java.util.HashSet<>(items);
        more.add(ITEMS.get(random.nextInt(ITEMS.size())));
        return more;
    }

    private static Participant participant(Random random, Jurisdiction jurisdiction) {
        List<HeldMechanism> held = new ArrayList<>();
        for (Mechanism code : RandomCases.someOf(random, Mechanism.class, 0.25)) {
            if (code.availableIn(jurisdiction)) {
                held.add(Parties.verified(code, random.nextInt(10) == 0 ? null : TODAY.minusDays(random.nextInt(5 * 365))));
            }
        }
        return new Participant(jurisdiction, random.nextInt(4) == 0, held, List.of(), null);
    }

    private static Participant plus(Participant participant, Mechanism mechanism) {
        return Parties.withMechanism(participant, mechanism, TODAY.minusDays(30));
    }

    record Enriched(Scenario scenario, Mechanism added, boolean toExporter) {
    }

    record Scenario(Flow flow, Participant exporter, Participant importer, boolean generalListEnabled) {
        /** Under the lists of {@link NegativeListRuleTest}, both in force on the day. */
        Assessment assess() {
            return ENGINE.assess(flow, exporter, importer, NegativeListRuleTest.DAY,
                    new Regime(generalListEnabled, NegativeListRuleTest.LISTS.negativeLists()));
        }

        Scenario withExporter(Participant changed) {
            return new Scenario(flow, changed, importer, generalListEnabled);
        }

        Scenario withImporter(Participant changed) {
            return new Scenario(flow, exporter, changed, generalListEnabled);
        }

        Scenario withFlow(Flow changed) {
            return new Scenario(changed, exporter, importer, generalListEnabled);
        }
    }
}
