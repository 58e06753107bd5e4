package dev.bridgehead.marketplace.listing;

import dev.bridgehead.marketplace.compliance.DataCategory;
import dev.bridgehead.marketplace.compliance.Direction;
import dev.bridgehead.marketplace.organization.Sector;
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

/** Something an organisation offers, in English and optionally Chinese. */
@MappedEntity("listing")
public record Listing(
        @Id @GeneratedValue @Nullable Long id,
        Long organizationId,
        ListingType type,
        String title,
        @Nullable String titleZh,
        @Nullable String summary,
        @Nullable String description,
        @Nullable String descriptionZh,
        @TypeDef(type = DataType.JSON) List<Sector> sectors,
        @TypeDef(type = DataType.JSON) List<DataCategory> dataCategories,
        @TypeDef(type = DataType.JSON) List<Direction> directions,
        @TypeDef(type = DataType.JSON) List<DeliveryMode> deliveryModes,
        @TypeDef(type = DataType.JSON) List<String> tags,
        @TypeDef(type = DataType.JSON) List<Long> scenarioIds,
        PriceModel priceModel,
        ListingStatus status,
        @Nullable String rejectionReason,
        @Nullable Instant publishedAt,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Integer version) {

    Listing withStatus(ListingStatus newStatus, @Nullable String reason, @Nullable Instant published) {
        return new Listing(id, organizationId, type, title, titleZh, summary, description, descriptionZh, sectors, dataCategories, directions,
                deliveryModes, tags, scenarioIds, priceModel, newStatus, reason, published, createdAt, updatedAt, version);
    }
}
