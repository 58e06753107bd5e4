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

    @Test
    void emptyWordsNeverCountAsSharedAndTranslatedTermsShowTheirBridge() {
        dev.bridgehead.search.language.Glossary.Translation translation = dev.bridgehead.search.language.Glossary.shipped().translate("航班延误数据");

        assertThat(SearchCandidates.bridged(List.of("data", "数据", "flight delay", "服务"), translation, List.of())).containsExactly("航班延误 ↔ flight delay");
        assertThat(SearchCandidates.meaningful("Looking for a data platform for flight delays")).doesNotContainIgnoringCase("data")
                .doesNotContainIgnoringCase("platform").contains("flight delays");
        assertThat(SearchCandidates.meaningful("数据中心服务器")).as("Chinese words are never cut").isEqualTo("数据中心服务器");
    }
}
