package dev.bridgehead.search.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * The tokenizer of the listings' text fields, chosen from what the cluster offers. Every node has
 * the standard tokenizer: English words, and one token per Chinese character, with the
 * {@code .bigrams} subfields adding character pairs so that Chinese words match as words. A
 * production cluster with the ICU plugin segments Chinese into dictionary words instead
 * ({@code icu_tokenizer}); with smartcn, {@code smartcn_tokenizer}. The bigram subfields stay either
 * way, for recall on words no dictionary knows.
 */
public enum Analysis {
    STANDARD("standard"),
    ICU("icu_tokenizer"),
    SMARTCN("smartcn_tokenizer");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String tokenizer;

    Analysis(String tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** The best analysis the installed plugins allow (component names as {@code _cat/plugins} lists them). */
    public static Analysis forPlugins(Set<String> plugins) {
        if (plugins.contains("analysis-icu")) {
            return ICU;
        }
        return plugins.contains("analysis-smartcn") ? SMARTCN : STANDARD;
    }

    /** The index settings and mappings with the text analyser's tokenizer replaced; the bigram analyser keeps the standard one. */
    public String apply(String indexJson) {
        if (this == STANDARD) {
            return indexJson;
        }
        try {
            ObjectNode index = (ObjectNode) JSON.readTree(indexJson);
            JsonNode analyzer = index.at("/settings/analysis/analyzer/bridgehead_text");
            if (!(analyzer instanceof ObjectNode text)) {
                throw new IllegalStateException("The listings settings no longer define the bridgehead_text analyser; update Analysis");
            }
            text.put("tokenizer", tokenizer);
            return JSON.writeValueAsString(index);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The listings settings are not JSON: " + e.getMessage(), e);
        }
    }

    public String tokenizer() {
        return tokenizer;
    }
}
