package dev.bridgehead.marketplace.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One signed-in session (a browser's cookie or a platform's token), until it expires or is ended. */
@MappedEntity("user_session")
public record UserSession(
        @Id String id,
        Long userId,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant endedAt,
        @Nullable String endedWhy,
        @Nullable String address,
        @Nullable String userAgent) {

    public boolean isActive(Instant now) {
        return endedAt == null && expiresAt.isAfter(now);
    }
}
