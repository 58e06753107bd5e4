package dev.bridgehead.marketplace.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * "Matching must look at this again": a need, listing or organisation changed. Like an outbox event
 * it carries no payload, so running one twice is harmless.
 *
 * @param indexedAfter the search outbox event written with it: the refresh waits until the indexer has taken it
 */
@MappedEntity("match_refresh")
public record MatchRefresh(
        @Id @GeneratedValue @Nullable Long id,
        String aggregateType,
        Long aggregateId,
        @Nullable Long indexedAfter,
        Instant createdAt,
        Instant availableAt,
        int attempts,
        @Nullable String lastError) {

    public static final String NEED = "need";
    public static final String LISTING = OutboxEvent.LISTING;
    public static final String ORGANIZATION = OutboxEvent.ORGANIZATION;
    /** An organisation's checked facts changed: its open matches are assessed again (the refresh's id is the organisation's). */
    public static final String ASSESSMENT = "assessment";
}
