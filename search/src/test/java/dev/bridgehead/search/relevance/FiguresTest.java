package dev.bridgehead.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The measures, on rankings small enough to work out by hand. */
class FiguresTest {

    @Test
    void theReciprocalRankIsThatOfTheFirstGradeThreeAnswerWithinTen() {
        assertThat(Figures.reciprocalRank(List.of("a", "b", "c"), Map.of("c", 3, "a", 2), 10)).isEqualTo(1.0 / 3);
        assertThat(Figures.reciprocalRank(List.of("a", "b"), Map.of("z", 3), 10)).isZero();
        assertThat(Figures.reciprocalRank(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "z"), Map.of("z", 3), 10)).isZero();
    }

    @Test
    void nDcgIsOneForTheIdealOrderAndLessForAnyOther() {
        Map<String, Integer> grades = Map.of("a", 3, "b", 2, "c", 1);
        assertThat(Figures.ndcg(List.of("a", "b", "c"), grades, 10)).isCloseTo(1.0, within(1e-9));
        // dcg = 3/log2(2) + 7/log2(3) + 1/log2(4); ideal = 7 + 3/log2(3) + 0.5
        double dcg = 3 + 7 / (Math.log(3) / Math.log(2)) + 0.5;
        double ideal = 7 + 3 / (Math.log(3) / Math.log(2)) + 0.5;
        assertThat(Figures.ndcg(List.of("b", "a", "c"), grades, 10)).isCloseTo(dcg / ideal, within(1e-9));
        assertThat(Figures.ndcg(List.of("x", "y"), grades, 10)).isZero();
    }

    @Test
    void theShippedSetIsConsistent() {
        RelevanceSet set = RelevanceSet.shipped();
        List<String> keys = set.listings().stream().map(RelevanceSet.ListingCase::key).toList();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(set.searches()).allSatisfy(query -> assertThat(keys).containsAll(query.relevant().keySet()));
        assertThat(set.needs()).allSatisfy(need -> assertThat(keys).containsAll(need.relevant().keySet()));
        assertThat(set.searches().stream().filter(RelevanceSet.SearchCase::crossLanguage)).hasSizeGreaterThanOrEqualTo(30)
                .allSatisfy(query -> assertThat(query.relevant().values()).containsOnlyOnce(3));
        assertThat(set.listings()).extracting(RelevanceSet.ListingCase::title).contains("港口拥堵指数", "Carbon accounting for logistics fleets");
    }
}
