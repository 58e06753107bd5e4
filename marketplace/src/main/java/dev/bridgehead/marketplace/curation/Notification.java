package dev.bridgehead.marketplace.curation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * An entry of an organisation's inbox.
 *
 * @param kind the status the match moved to (INTRODUCED, IN_TALKS, AGREED, DECLINED)
 */
@MappedEntity("notification")
public record Notification(
        @Id @GeneratedValue @Nullable Long id,
        Long organizationId,
        Long matchId,
        String kind,
        Instant createdAt,
        @Nullable Instant readAt) {
}
