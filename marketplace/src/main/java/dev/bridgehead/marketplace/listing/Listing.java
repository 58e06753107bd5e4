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

/**
 * Something an organisation offers, in English and optionally Chinese.
 *
 * @param pendingRevision         an edit of the published listing that staff have not yet published: waiting while
 *                                {@code revisionRejectionReason} is null, otherwise refused and kept for the owner to start again from
 * @param revisionSubmittedAt     when the revision was last written
 * @param revisionRejectionReason why staff refused the revision, for its owner
 */
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
        @Nullable @TypeDef(type = DataType.JSON) ListingRevision pendingRevision,
        @Nullable Instant revisionSubmittedAt,
        @Nullable String revisionRejectionReason,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Integer version) {

    /** A revision waits for staff. */
    public boolean hasPendingRevision() {
        return pendingRevision != null && revisionRejectionReason == null;
    }

    /** Staff refused the last revision; {@link #pendingRevision()} holds what was refused. */
    public boolean hasRejectedRevision() {
        return pendingRevision != null && revisionRejectionReason != null;
    }

    /** The live version's own fields. */
    public ListingRevision live() {
        return new ListingRevision(type, title, titleZh, summary, description, descriptionZh, sectors, dataCategories, directions, deliveryModes,
                tags, scenarioIds, priceModel);
    }

    /** What its organisation last wrote: the pending or refused revision if there is one, else the live version. */
    public ListingRevision latestWritten() {
        return pendingRevision == null ? live() : pendingRevision;
    }

    Listing withStatus(ListingStatus newStatus, @Nullable String reason, @Nullable Instant published) {
        return new Listing(id, organizationId, type, title, titleZh, summary, description, descriptionZh, sectors, dataCategories, directions,
                deliveryModes, tags, scenarioIds, priceModel, newStatus, reason, published, pendingRevision, revisionSubmittedAt,
                revisionRejectionReason, createdAt, updatedAt, version);
    }

    Listing withRevision(@Nullable ListingRevision revision, @Nullable Instant submittedAt, @Nullable String rejectionReason) {
        return new Listing(id, organizationId, type, title, titleZh, summary, description, descriptionZh, sectors, dataCategories, directions,
                deliveryModes, tags, scenarioIds, priceModel, status, this.rejectionReason, publishedAt, revision, submittedAt, rejectionReason,
                createdAt, updatedAt, version);
    }

    /** The revision made live, with nothing left pending. */
    Listing withContent(ListingRevision r) {
        return new Listing(id, organizationId, r.type(), r.title(), r.titleZh(), r.summary(), r.description(), r.descriptionZh(), r.sectors(),
                r.dataCategories(), r.directions(), r.deliveryModes(), r.tags(), r.scenarioIds(), r.priceModel(), status, rejectionReason,
                publishedAt, null, null, null, createdAt, updatedAt, version);
    }
}
