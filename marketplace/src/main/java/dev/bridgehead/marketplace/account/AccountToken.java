package dev.bridgehead.marketplace.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A single-use link's token, kept only as its SHA-256. */
@MappedEntity("account_token")
record AccountToken(@Id String tokenHash, Long userId, String purpose, Instant createdAt, Instant expiresAt, @Nullable Instant usedAt) {
}
