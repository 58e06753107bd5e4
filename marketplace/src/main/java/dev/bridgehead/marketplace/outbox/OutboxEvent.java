package dev.bridgehead.marketplace.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * "This thing changed": the indexer reads its current state from MySQL, so events carry no
 * payload and replaying one is harmless. The id grows with every event and serves as the
 * document's external version.
 *
 * @param aggregateType {@code listing} or {@code organization}
 */
@MappedEntity("outbox_event")
public record OutboxEvent(
        @Id @GeneratedValue @Nullable Long id,
        String aggregateType,
        Long aggregateId,
        Instant createdAt,
        Instant availableAt,
        int attempts,
        @Nullable String lastError) {

    public static final String LISTING = "listing";
    public static final String ORGANIZATION = "organization";
    /** Never left in the table: only taken to learn the next id. */
    public static final String MARKER = "marker";
}
