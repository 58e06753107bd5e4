package dev.bridgehead.marketplace.indexing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One full rebuild of the search index.
 *
 * @param highWater the outbox id when it started: documents it copies carry this version, so any
 *                  change made meanwhile (a higher event id) wins
 */
@MappedEntity("search_reindex")
public record Reindex(
        @Id @GeneratedValue @Nullable Long id,
        String indexName,
        Status status,
        long highWater,
        int total,
        int done,
        Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable String error) {

    public enum Status { BUILDING, DONE, FAILED }

    public Reindex progressed(int copied) {
        return new Reindex(id, indexName, status, highWater, total, copied, startedAt, finishedAt, error);
    }

    public Reindex finished(Status outcome, Instant at, @Nullable String failure) {
        return new Reindex(id, indexName, outcome, highWater, total, done, startedAt, at, failure);
    }

    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, done * 100L / total);
    }
}
