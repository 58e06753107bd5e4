package dev.bridgehead.search.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchCandidatesTest {

    @Test
    void highlightedChineseCharactersAreJoinedIntoWordsAndLoneCharactersLeftOut() {
        Map<String, List<String>> highlight = Map.of(
                "titleZh", List.of("<em>临</em><em>床</em><em>试</em><em>验</em>数据<em>与</em>分析"),
                "title", List.of("<em>Clinical</em> trial <em>DATA</em>"));

        assertThat(SearchCandidates.terms(highlight)).containsExactly("clinical", "data", "临床试验");
    }
}
