package dev.bridgehead.marketplace.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;

/**
 * One decision or edit.
 *
 * @param changes for edits, each changed field with its value before and after
 */
@MappedEntity("audit_entry")
public record AuditEntry(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable Long actorId,
        String action,
        String subjectType,
        @Nullable Long subjectId,
        @Nullable String note,
        @Nullable @TypeDef(type = DataType.JSON) Map<String, FieldChange> changes,
        Instant at) {

    /** A field's value before and after an edit, as text. */
    @Serdeable
    public record FieldChange(@Nullable String before, @Nullable String after) {
    }
}
