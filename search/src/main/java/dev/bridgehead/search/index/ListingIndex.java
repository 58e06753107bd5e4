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
        } else {
            // An index of an older release takes this release's new fields before anything is written to it.
            upgradeNeeded();
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
     * Whether the alias's index was built for an older mapping (its {@code _meta.version} is below
     * {@link #MAPPING_VERSION}, or absent). If so, the fields it lacks are added in place (adding is
     * all a mapping may do in place), so that writes of new documents succeed; the documents already
     * there get them only when rebuilt, and until a rebuild replaces the index this stays true.
     */
    public boolean upgradeNeeded() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias())).value()) {
            return false;
        }
        var mapping = JSON.readTree(readSettings()).path("mappings").path("properties");
        java.util.Set<String> present = new java.util.HashSet<>();
        int[] oldest = {Integer.MAX_VALUE};
        client.indices().getMapping(m -> m.index(alias())).result().values().forEach(index -> {
            present.addAll(index.mappings().properties().keySet());
            var version = index.mappings().meta() == null ? null : index.mappings().meta().get("version");
            oldest[0] = Math.min(oldest[0], version == null ? 1 : version.to(Integer.class));
        });
        com.fasterxml.jackson.databind.node.ObjectNode missing = JSON.createObjectNode();
        mapping.fields().forEachRemaining(field -> {
            if (!present.contains(field.getKey())) {
                missing.set(field.getKey(), field.getValue());
            }
        });
        if (!missing.isEmpty()) {
            String body = JSON.writeValueAsString(JSON.createObjectNode().set("properties", missing));
            client.indices().putMapping(p -> p.index(alias()).withJson(new java.io.StringReader(body)));
        }
        return oldest[0] < MAPPING_VERSION;
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
