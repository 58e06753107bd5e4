package dev.bridgehead.marketplace.expiry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A reminder that went out: one per entry, expiry day and stage (6M, 30D). */
@MappedEntity("expiry_reminder")
record ExpiryReminder(@Id @GeneratedValue @Nullable Long id, Long organizationId, String kind, String code, LocalDate expiresOn, String stage,
                      Instant sentAt) {
}
