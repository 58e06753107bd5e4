package dev.bridgehead.search.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.indexing.Reindex;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingInput;
import dev.bridgehead.marketplace.listing.ListingService;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.search.index.ListingIndex;
import dev.bridgehead.search.query.ListingSearch;
import dev.bridgehead.search.query.SearchQuery;
import dev.bridgehead.search.testing.SearchIndexCleaner;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false, propertySources = "classpath:indexer-off.properties")
class ReindexIT {

    @Inject
    Reindexer reindexer;

    @Inject
    IndexConsistency consistency;

    @Inject
    ListingIndex index;

    @Inject
    ListingSearch search;

    @Inject
    ListingService listings;

    @Inject
    ElasticsearchClient client;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    DatabaseCleaner database;

    @Inject
    SearchIndexCleaner indices;

    private Actor owner;

    @BeforeEach
    void clean() {
        database.clean();
        indices.clean();
        owner = fixture.verifiedMember("SG");
    }

    @Test
    void a_rebuild_copies_every_published_listing_into_a_new_index_and_switches_the_alias() throws Exception {
        for (int i = 0; i < 12; i++) {
            publish("Rebuilt listing " + i);
        }
        fixture.draft(owner, "Never searchable");
        index.ensureExists();
        String before = physicalBehindAlias();
        List<Integer> progress = new ArrayList<>();

        Reindex run = reindexer.runNow(progress::add);

        assertThat(run.status()).isEqualTo(Reindex.Status.DONE);
        assertThat(run.done()).isEqualTo(12);
        assertThat(progress).isNotEmpty().last().isEqualTo(12);
        assertThat(physicalBehindAlias()).isNotEqualTo(before).isEqualTo(run.indexName());
        search.refresh();
        assertThat(search.search(SearchQuery.of("rebuilt", Map.of(), null, 1, 50)).total()).isEqualTo(12);
    }

    @Test
    void the_check_finds_what_the_index_misses_or_has_in_excess_and_queues_the_repair() throws Exception {
        Listing kept = publish("Checked listing");
        index.ensureExists();
        reindexer.runNow(done -> { });
        Listing missing = publish("Published while nobody indexed");
        listings.unpublish(owner, kept.id());

        IndexConsistency.Report report = consistency.check(true);

        assertThat(report.missing()).containsExactly(missing.id());
        assertThat(report.extra()).containsExactly(kept.id());
        assertThat(report.repaired()).isTrue();
    }

    private String physicalBehindAlias() throws Exception {
        return client.indices().getAlias(a -> a.name(index.alias())).result().keySet().iterator().next();
    }

    private Listing publish(String title) {
        return fixture.published(owner, new ListingInput("DATA_SERVICE", title, null, null, null, null, List.of("FINANCE"), List.of("GENERAL"),
                List.of("SG_TO_CN"), List.of(), List.of(), List.of(), "FREE", null));
    }
}
