package dev.bridgehead.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import java.io.IOException;
import java.io.InputStream;
import jakarta.inject.Singleton;

/**
 * The listings index: a versioned physical index ({@code …listings-v1}) behind an alias
 * ({@code …listings}) that all reads and writes use, so a mapping change is a new index built
 * beside the old one and an alias switch.
 */
@Singleton
public class ListingIndex {

    static final String SETTINGS = "search/listings-index.json";
    static final int MAPPING_VERSION = 2;

    private final ElasticsearchClient client;
    private final IndexNames names;
    private volatile boolean ready;

    public ListingIndex(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /** The alias every query and write goes through. */
    public String alias() {
        return names.of("listings");
    }

    /** A new physical index name for this mapping version, unique per build (reindex builds a new one). */
    public String newPhysicalName() {
        return names.of("listings-v" + MAPPING_VERSION + "-" + System.currentTimeMillis());
    }

    /** Creates the first physical index and its alias unless the alias exists; a no-op once done. */
    public void ensureExists() throws IOException {
        if (ready) {
            return;
        }
        if (!client.indices().existsAlias(a -> a.name(alias())).value()) {
            // A fixed first name: nodes starting together all create the same index, and all but one find it there.
            String physical = names.of("listings-v" + MAPPING_VERSION + "-initial");
            try {
                create(physical);
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
            client.indices().putAlias(a -> a.index(physical).name(alias()).isWriteIndex(true));
        }
        ready = true;
    }

    /**
     * Creates a physical index with the listings settings and mappings, its text analyser upgraded
     * to the best word segmentation the cluster has (see {@link Analysis}).
     */
    public void create(String physicalName) throws IOException {
        String settings = readSettings();
        java.util.Set<String> plugins = new java.util.HashSet<>();
        client.cat().plugins().valueBody().forEach(plugin -> plugins.add(plugin.component()));
        String upgraded = Analysis.forPlugins(plugins).apply(settings);
        client.indices().create(CreateIndexRequest.of(c -> c.index(physicalName).withJson(new java.io.StringReader(upgraded))));
    }

    /**
     * Adds the fields the current mapping has and the alias's index lacks (an index built by an
     * older release; adding fields is all a mapping change may do in place). True when it added
     * some: the documents already there get them only when rebuilt.
     */
    public boolean addMissingFields() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias())).value()) {
            return false;
        }
        var mapping = JSON.readTree(readSettings()).path("mappings").path("properties");
        java.util.Set<String> present = new java.util.HashSet<>();
        client.indices().getMapping(m -> m.index(alias())).result().values()
                .forEach(index -> present.addAll(index.mappings().properties().keySet()));
        com.fasterxml.jackson.databind.node.ObjectNode missing = JSON.createObjectNode();
        mapping.fields().forEachRemaining(field -> {
            if (!present.contains(field.getKey())) {
                missing.set(field.getKey(), field.getValue());
            }
        });
        if (missing.isEmpty()) {
            return false;
        }
        String body = JSON.writeValueAsString(JSON.createObjectNode().set("properties", missing));
        client.indices().putMapping(p -> p.index(alias()).withJson(new java.io.StringReader(body)));
        return true;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static String readSettings() throws IOException {
        try (InputStream in = ListingIndex.class.getClassLoader().getResourceAsStream(SETTINGS)) {
            if (in == null) {
                throw new IllegalStateException(SETTINGS + " is missing");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Forget what was checked, e.g. after the cluster was replaced. */
    public void reset() {
        ready = false;
    }
}
