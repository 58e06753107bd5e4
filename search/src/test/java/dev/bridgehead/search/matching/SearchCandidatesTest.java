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

    @Test
    void aMixedTextIsSplitIntoItsChineseAndItsOtherWords() {
        String text = "寻找CRO partner：临床试验 data, 2026";

        assertThat(SearchCandidates.han(text, true)).isEqualTo("寻找 临床试验");
        assertThat(SearchCandidates.han(text, false)).isEqualTo("CRO partner： data, 2026");
    }
}
