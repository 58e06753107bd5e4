package dev.bridgehead.marketplace.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.List;

/**
 * A firm on Bridgehead, with its legal name in English and optionally Chinese.
 *
 * @param version optimistic-locking version: an update read at an older one fails
 */
@MappedEntity("organization")
public record Organization(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        @Nullable String nameZh,
        Jurisdiction jurisdiction,
        @TypeDef(type = DataType.JSON) List<Sector> sectors,
        @Nullable String website,
        @Nullable String description,
        @Nullable String descriptionZh,
        @Nullable OrganizationSize size,
        Verification verification,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Integer version) {

    /** A new, unverified organisation, not yet stored. */
    public static Organization unverified(String name, @Nullable String nameZh, Jurisdiction jurisdiction, List<Sector> sectors) {
        return new Organization(null, name, nameZh, jurisdiction, List.copyOf(sectors), null, null, null, null,
                Verification.UNVERIFIED, null, null, null);
    }
}
