package dev.bridgehead.search.testing;

import dev.bridgehead.marketplace.outbox.MatchRefreshRepository;
import dev.bridgehead.search.matching.MatchRefresher;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Waits until every change so far is indexed and matched (whichever refresher, this test's or the scheduled one, took it). */
@Singleton
public class MatchingSupport {

    private final IndexingSupport indexing;
    private final MatchRefreshRepository refreshes;
    private final MatchRefresher refresher;

    public MatchingSupport(IndexingSupport indexing, MatchRefreshRepository refreshes, MatchRefresher refresher) {
        this.indexing = indexing;
        this.refreshes = refreshes;
        this.refresher = refresher;
    }

    public void awaitMatched() {
        indexing.awaitIndexed();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (refreshes.count() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Matching did not catch up within 60 s");
            }
            if (refresher.drain() == 0) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
