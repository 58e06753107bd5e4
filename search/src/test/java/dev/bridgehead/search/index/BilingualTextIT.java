package dev.bridgehead.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false)
class BilingualTextIT {

    @Inject
    ElasticsearchClient client;

    @Inject
    IndexNames indexNames;

    private String index;

    @BeforeEach
    void indexOneBilingualDocument() throws IOException {
        index = indexNames.of("bilingual-text-it");
        client.indices().create(c -> c.index(index).mappings(m -> m
                .properties("title", p -> p.text(t -> t))
                .properties("titleZh", p -> p.text(t -> t))));
        client.index(i -> i.index(index).id("1").refresh(co.elastic.clients.elasticsearch._types.Refresh.True)
                .document(Map.of("title", "Clinical trial data sharing with a Singapore CRO", "titleZh", "与新加坡合同研究组织共享临床试验数据")));
        client.index(i -> i.index(index).id("2").refresh(co.elastic.clients.elasticsearch._types.Refresh.True)
                .document(Map.of("title", "Vessel tracking feed for port logistics", "titleZh", "港口物流船舶追踪数据")));
    }

    @AfterEach
    void dropIndex() throws IOException {
        client.indices().delete(d -> d.index(index));
    }

    @Test
    void a_chinese_query_finds_the_document_by_its_chinese_title() throws IOException {
        assertThat(idsMatching("titleZh", "临床试验")).containsExactly("1");
    }

    @Test
    void an_english_query_finds_the_document_by_its_english_title() throws IOException {
        assertThat(idsMatching("title", "clinical trial")).containsExactly("1");
    }

    @Test
    void a_query_in_either_language_does_not_find_the_unrelated_document() throws IOException {
        assertThat(idsMatching("titleZh", "船舶")).containsExactly("2");
        assertThat(idsMatching("title", "vessel")).containsExactly("2");
    }

    private List<String> idsMatching(String field, String text) throws IOException {
        SearchResponse<Map> response = client.search(s -> s.index(index)
                .query(q -> q.matchPhrase(m -> m.field(field).query(text))), Map.class);
        return response.hits().hits().stream().map(Hit::id).toList();
    }
}
