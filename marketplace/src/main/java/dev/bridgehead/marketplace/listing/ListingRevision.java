package dev.bridgehead.marketplace.listing;

import dev.bridgehead.marketplace.audit.AuditEntry;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.compliance.DataCategory;
import dev.bridgehead.marketplace.compliance.Direction;
import dev.bridgehead.marketplace.organization.Sector;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a listing its organisation writes: the live version's, or those of a revision of a
 * published listing that waits for park staff.
 */
@Serdeable
public record ListingRevision(
        ListingType type,
        String title,
        @Nullable String titleZh,
        @Nullable String summary,
        @Nullable String description,
        @Nullable String descriptionZh,
        List<Sector> sectors,
        List<DataCategory> dataCategories,
        List<Direction> directions,
        List<DeliveryMode> deliveryModes,
        List<String> tags,
        List<Long> scenarioIds,
        PriceModel priceModel) {

    /** The JSON column leaves empty lists out; they come back empty, not null. */
    public ListingRevision {
        sectors = orEmpty(sectors);
        dataCategories = orEmpty(dataCategories);
        directions = orEmpty(directions);
        deliveryModes = orEmpty(deliveryModes);
        tags = orEmpty(tags);
        scenarioIds = orEmpty(scenarioIds);
    }

    /** The fields that differ between {@code before} and {@code after}, in the form's order, each as text. */
    public static Map<String, AuditEntry.FieldChange> differences(ListingRevision before, ListingRevision after) {
        Map<String, AuditEntry.FieldChange> changed = new LinkedHashMap<>();
        AuditLog.compare(changed, "type", before.type(), after.type());
        AuditLog.compare(changed, "title", before.title(), after.title());
        AuditLog.compare(changed, "titleZh", before.titleZh(), after.titleZh());
        AuditLog.compare(changed, "summary", before.summary(), after.summary());
        AuditLog.compare(changed, "description", before.description(), after.description());
        AuditLog.compare(changed, "descriptionZh", before.descriptionZh(), after.descriptionZh());
        AuditLog.compare(changed, "sectors", before.sectors(), after.sectors());
        AuditLog.compare(changed, "dataCategories", before.dataCategories(), after.dataCategories());
        AuditLog.compare(changed, "directions", before.directions(), after.directions());
        AuditLog.compare(changed, "deliveryModes", before.deliveryModes(), after.deliveryModes());
        AuditLog.compare(changed, "tags", before.tags(), after.tags());
        AuditLog.compare(changed, "scenarioIds", before.scenarioIds(), after.scenarioIds());
        AuditLog.compare(changed, "priceModel", before.priceModel(), after.priceModel());
        return changed;
    }

    private static <T> List<T> orEmpty(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }
}
