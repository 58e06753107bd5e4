package dev.bridgehead.marketplace.scenario;

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
import java.util.Map;

/**
 * A pattern of cross-border cooperation, e.g. "clinical-trial data shared between a Lingang
 * biotech firm and a Singapore CRO".
 *
 * @param roles        what each side does, keyed by jurisdiction code ({@code CN}, {@code SG})
 * @param listScenario the negative-list scenario this cooperation falls under, if any: needs started from it name it
 */
@MappedEntity("scenario")
public record Scenario(
        @Id @GeneratedValue @Nullable Long id,
        String title,
        @Nullable String titleZh,
        String description,
        @Nullable String descriptionZh,
        @TypeDef(type = DataType.JSON) List<Sector> sectors,
        Direction direction,
        @TypeDef(type = DataType.JSON) List<DataCategory> dataCategories,
        @TypeDef(type = DataType.JSON) Map<String, String> roles,
        @Nullable String compliancePath,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Integer version,
        @Nullable String listScenario) {

    @io.micronaut.core.annotation.Creator
    public Scenario {
    }

    /** A scenario that points to no negative-list scenario. */
    public Scenario(Long id, String title, String titleZh, String description, String descriptionZh, List<Sector> sectors, Direction direction,
                    List<DataCategory> dataCategories, Map<String, String> roles, String compliancePath, Instant createdAt, Instant updatedAt,
                    Integer version) {
        this(id, title, titleZh, description, descriptionZh, sectors, direction, dataCategories, roles, compliancePath, createdAt, updatedAt,
                version, null);
    }
}
