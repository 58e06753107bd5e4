package dev.bridgehead.marketplace.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.compliance.Assessment;
import dev.bridgehead.marketplace.compliance.Bilingual;
import dev.bridgehead.marketplace.compliance.Direction;
import dev.bridgehead.marketplace.compliance.Mechanism;
import dev.bridgehead.marketplace.compliance.Party;
import dev.bridgehead.marketplace.compliance.Verdict;
import dev.bridgehead.marketplace.testing.RandomCases;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortlist's promises, over generated candidate sets. */
class ShortlistTest {

    @Test
    void noBlockedPairAndNoPairMissingARequirementIsEverSuggested() {
        RandomCases.check(2000, ShortlistTest::candidates, evaluated -> {
            Shortlist.Result result = Shortlist.of(evaluated, 20, 10);

            assertThat(result.items()).allSatisfy(item -> {
                assertThat(item.evaluated().assessment().verdict()).isNotEqualTo(Verdict.BLOCKED);
                assertThat(item.evaluated().missing()).isEmpty();
            });
            assertThat(result.items()).hasSizeLessThanOrEqualTo(20);
            assertThat(result.blocked()).isEqualTo((int) evaluated.stream()
                    .filter(e -> e.missing().isEmpty() && e.assessment().verdict() == Verdict.BLOCKED).count());
        });
    }

    @Test
    void atEqualRelevanceAClearPathComesFirstAndTheOrderDoesNotDependOnTheInputOrder() {
        RandomCases.check(1000, ShortlistTest::candidates, evaluated -> {
            List<Shortlist.Suggestion> items = Shortlist.of(evaluated, 50, 10).items();
            for (int i = 1; i < items.size(); i++) {
                Shortlist.Suggestion before = items.get(i - 1);
                Shortlist.Suggestion after = items.get(i);
                assertThat(before.score()).isGreaterThanOrEqualTo(after.score());
                if (before.evaluated().candidate().relevance() == after.evaluated().candidate().relevance()) {
                    assertThat(before.evaluated().assessment().verdict().ordinal())
                            .isLessThanOrEqualTo(after.evaluated().assessment().verdict().ordinal());
                }
            }
            List<Shortlist.Evaluated> reversed = new ArrayList<>(evaluated);
            Collections.reverse(reversed);
            assertThat(Shortlist.of(reversed, 50, 10)).isEqualTo(Shortlist.of(evaluated, 50, 10));
        });
    }

    private static List<Shortlist.Evaluated> candidates(Random random) {
        List<Shortlist.Evaluated> evaluated = new ArrayList<>();
        int count = random.nextInt(60);
        for (long id = 1; id <= count; id++) {
            double relevance = random.nextInt(5) + 1;
            Verdict verdict = RandomCases.oneOf(random, Verdict.class);
            boolean slow = verdict == Verdict.NEEDS_STEPS && random.nextBoolean();
            List<Assessment.Step> steps = verdict == Verdict.NEEDS_STEPS
                    ? List.of(new Assessment.Step(Direction.CN_TO_SG, Mechanism.CN_SECURITY_ASSESSMENT, Party.EXPORTER, new Bilingual("x", "x"), null,
                    slow, "CN-7", false))
                    : List.of();
            List<MatchDetails.Missing> missing = random.nextInt(5) == 0 ? List.of(new MatchDetails.Missing("CERTIFICATION", "ISO_27701")) : List.of();
            evaluated.add(new Shortlist.Evaluated(new Candidate(id, relevance, List.of()), 100 + id, missing,
                    new Assessment(verdict, steps, List.of(), List.of(), null, null), List.of()));
        }
        return evaluated;
    }
}
