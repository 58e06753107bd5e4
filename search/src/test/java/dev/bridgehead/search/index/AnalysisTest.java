package dev.bridgehead.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    @Test
    void theBestSegmentationTheClusterOffersIsChosen() {
        assertThat(Analysis.forPlugins(Set.of())).isEqualTo(Analysis.STANDARD);
        assertThat(Analysis.forPlugins(Set.of("analysis-smartcn"))).isEqualTo(Analysis.SMARTCN);
        assertThat(Analysis.forPlugins(Set.of("analysis-smartcn", "analysis-icu"))).isEqualTo(Analysis.ICU);
    }

    @Test
    void onlyTheTextAnalyserChangesItsTokenizerAndTheMappingStaysTheSame() throws Exception {
        String shipped;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("search/listings-index.json")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ObjectMapper json = new ObjectMapper();

        JsonNode icu = json.readTree(Analysis.ICU.apply(shipped));
        JsonNode original = json.readTree(shipped);

        assertThat(icu.at("/settings/analysis/analyzer/bridgehead_text/tokenizer").asText()).isEqualTo("icu_tokenizer");
        assertThat(icu.at("/settings/analysis/analyzer/bridgehead_bigrams/tokenizer").asText()).isEqualTo("standard");
        assertThat(icu.get("mappings")).isEqualTo(original.get("mappings"));
        assertThat(Analysis.STANDARD.apply(shipped)).isEqualTo(shipped);
    }
}
