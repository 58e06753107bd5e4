package dev.bridgehead.search.testing;

import dev.bridgehead.marketplace.outbox.OutboxRepository;
import dev.bridgehead.search.indexer.OutboxIndexer;
import dev.bridgehead.search.query.ListingSearch;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Waits until everything written so far is searchable: the outbox is empty (whichever indexer,
 * this test's or the scheduled one, took the events) and the index is refreshed.
 */
@Singleton
public class IndexingSupport {

    private final OutboxRepository outbox;
    private final OutboxIndexer indexer;
    private final ListingSearch search;

    public IndexingSupport(OutboxRepository outbox, OutboxIndexer indexer, ListingSearch search) {
        this.outbox = outbox;
        this.indexer = indexer;
        this.search = search;
    }

    public void awaitIndexed() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (outbox.count() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The outbox did not drain within 60 s");
            }
            if (indexer.drain() == 0) {
                sleep();
            }
        }
        search.refresh();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
