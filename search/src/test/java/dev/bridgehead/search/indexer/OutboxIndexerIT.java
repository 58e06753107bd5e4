package dev.bridgehead.search.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.listing.ListingInput;
import dev.bridgehead.marketplace.outbox.OutboxRepository;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.search.query.ListingSearch;
import dev.bridgehead.search.query.SearchQuery;
import dev.bridgehead.search.testing.SearchIndexCleaner;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox's promises: a change committed while no indexer runs (the application died right
 * after the commit) is indexed by the next one, and indexers running side by side share the
 * events without losing or repeating any.
 */
@MicronautTest(transactional = false, startApplication = false, propertySources = "classpath:indexer-off.properties")
class OutboxIndexerIT {

    @Inject
    ApplicationContext context;

    @Inject
    OutboxRepository outbox;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    DatabaseCleaner database;

    @Inject
    SearchIndexCleaner indices;

    @BeforeEach
    void clean() {
        database.clean();
        indices.clean();
    }

    @Test
    void changes_committed_while_no_indexer_ran_are_indexed_by_the_next_one() {
        Actor owner = fixture.verifiedMember("SG");
        publish(owner, "Committed before the crash");
        assertThat(context.findBean(OutboxIndexer.class)).as("this context plays the application that died").isEmpty();
        assertThat(outbox.count()).isPositive();

        try (ApplicationContext restarted = ApplicationContext.run(Map.of("bridgehead.search.indexer.enabled", "true",
                "bridgehead.search.indexer.initial-delay", "1h"), "test")) {
            OutboxIndexer indexer = restarted.getBean(OutboxIndexer.class);
            while (indexer.drain() > 0) {
                // drain everything
            }
            ListingSearch search = restarted.getBean(ListingSearch.class);
            search.refresh();
            assertThat(search.search(SearchQuery.of("crash", Map.of(), null, 1, 20)).total()).isEqualTo(1);
        }
        assertThat(outbox.count()).isZero();
    }

    /**
     * The nodes' indexers drain only when the test calls them: their own schedule would start only in an
     * hour (Micronaut has no switch that stops scheduled jobs, so a slow machine let it take events too).
     */
    @Test
    void indexers_side_by_side_take_every_event_exactly_once() throws Exception {
        Actor owner = fixture.verifiedMember("CN");
        for (int i = 0; i < 30; i++) {
            publish(owner, "Shared listing " + i);
        }
        long events = outbox.count();

        try (ApplicationContext first = ApplicationContext.run(Map.of("bridgehead.search.indexer.enabled", "true",
                "bridgehead.search.indexer.initial-delay", "1h"), "test");
             ApplicationContext second = ApplicationContext.run(Map.of("bridgehead.search.indexer.enabled", "true",
                     "bridgehead.search.indexer.initial-delay", "1h"), "test")) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Callable<Integer>> nodes = new ArrayList<>();
            for (ApplicationContext node : List.of(first, second)) {
                OutboxIndexer indexer = node.getBean(OutboxIndexer.class);
                // A node that finds nothing due may only have met the other's locks: it keeps going until the outbox is
                // empty, so the outcome does not depend on how the two interleave (the guard only stops a broken indexer).
                nodes.add(() -> {
                    int taken = 0;
                    for (int round = 0; outbox.count() > 0 && round < 10_000; round++) {
                        taken += indexer.drainBatch(7);
                    }
                    return taken;
                });
            }
            int total = 0;
            for (Future<Integer> taken : pool.invokeAll(nodes)) {
                total += taken.get();
            }
            pool.shutdown();
            assertThat(total).as("every event taken once, by one node or the other").isEqualTo((int) events);
            ListingSearch search = first.getBean(ListingSearch.class);
            search.refresh();
            assertThat(search.search(SearchQuery.of("shared listing", Map.of(), null, 1, 50)).total()).isEqualTo(30);
        }
        assertThat(outbox.count()).isZero();
    }

    private void publish(Actor owner, String title) {
        fixture.published(owner, new ListingInput("DATA_PRODUCT", title, null, null, null, null, List.of("FINANCE"), List.of("GENERAL"),
                List.of("CN_TO_SG"), List.of(), List.of(), List.of(), "FREE", null));
    }
}
