package dev.bridgehead.marketplace.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One staff decision. */
@MappedEntity("audit_entry")
public record AuditEntry(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable Long actorId,
        String action,
        String subjectType,
        Long subjectId,
        @Nullable String note,
        Instant at) {
}
