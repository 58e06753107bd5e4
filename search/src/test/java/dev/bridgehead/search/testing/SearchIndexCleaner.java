package dev.bridgehead.search.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.bridgehead.search.index.IndexNames;
import dev.bridgehead.search.index.ListingIndex;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Deletes this test module's indices (by their prefix) so each test starts with an empty index. */
@Singleton
public class SearchIndexCleaner {

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final ListingIndex index;

    public SearchIndexCleaner(ElasticsearchClient client, IndexNames names, ListingIndex index) {
        this.client = client;
        this.names = names;
        this.index = index;
    }

    public void clean() {
        try {
            List<String> indices = List.copyOf(client.indices().get(g -> g.index(names.of("*")).ignoreUnavailable(true).allowNoIndices(true))
                    .result().keySet());
            if (!indices.isEmpty()) {
                client.indices().delete(d -> d.index(indices));
            }
            index.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
