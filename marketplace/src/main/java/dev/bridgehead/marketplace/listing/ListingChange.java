package dev.bridgehead.marketplace.listing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.Map;

/**
 * One change to a listing: who, when, what.
 *
 * @param changes for edits, each changed field with its old and new value
 */
@MappedEntity("listing_change")
public record ListingChange(
        @Id @GeneratedValue @Nullable Long id,
        Long listingId,
        @Nullable Long actorId,
        String action,
        ListingStatus status,
        @Nullable String note,
        @TypeDef(type = DataType.JSON) Map<String, FieldChange> changes,
        Instant at) {

    /** A field's value before and after an edit, as text. */
    @io.micronaut.serde.annotation.Serdeable
    public record FieldChange(@Nullable String before, @Nullable String after) {
    }
}
