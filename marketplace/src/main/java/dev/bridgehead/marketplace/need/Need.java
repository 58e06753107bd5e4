package dev.bridgehead.marketplace.need;

import dev.bridgehead.marketplace.compliance.Certification;
import dev.bridgehead.marketplace.compliance.DataCategory;
import dev.bridgehead.marketplace.compliance.Direction;
import dev.bridgehead.marketplace.compliance.ExemptionGround;
import dev.bridgehead.marketplace.compliance.Flow;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an organisation is looking for across the border, in either language, with the facts the
 * transfer rules need: the data categories, the direction, the number of individuals concerned.
 *
 * @param personalInfoSubjects individuals whose (non-sensitive) personal information the flow carries, year to date
 * @param sensitiveSubjects    individuals whose sensitive personal information it carries, counted separately
 * @param listScenario         the negative-list scenario the export belongs to (rule NL-1), if the seeker names one
 * @param listedItems          the ids of that scenario's items the export carries
 */
@MappedEntity("need")
public record Need(
        @Id @GeneratedValue @Nullable Long id,
        Long organizationId,
        String title,
        @Nullable String description,
        @TypeDef(type = DataType.JSON) List<Sector> sectors,
        @TypeDef(type = DataType.JSON) List<DataCategory> dataCategories,
        Direction direction,
        long personalInfoSubjects,
        long sensitiveSubjects,
        @TypeDef(type = DataType.JSON) List<Certification> requiredCertifications,
        @Nullable ExemptionGround exemptionGround,
        boolean onGeneralList,
        @TypeDef(type = DataType.JSON) List<String> tags,
        @TypeDef(type = DataType.JSON) List<Long> scenarioIds,
        NeedStatus status,
        Long createdBy,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Integer version,
        @Nullable String listScenario,
        @TypeDef(type = DataType.JSON) List<String> listedItems) {

    @io.micronaut.core.annotation.Creator
    public Need {
        listedItems = listedItems == null ? List.of() : List.copyOf(listedItems);
    }

    /** A need that names no negative-list scenario. */
    public Need(Long id, Long organizationId, String title, String description, List<Sector> sectors, List<DataCategory> dataCategories,
                Direction direction, long personalInfoSubjects, long sensitiveSubjects, List<Certification> requiredCertifications,
                ExemptionGround exemptionGround, boolean onGeneralList, List<String> tags, List<Long> scenarioIds, NeedStatus status, Long createdBy,
                Instant createdAt, Instant updatedAt, Integer version) {
        this(id, organizationId, title, description, sectors, dataCategories, direction, personalInfoSubjects, sensitiveSubjects,
                requiredCertifications, exemptionGround, onGeneralList, tags, scenarioIds, status, createdBy, createdAt, updatedAt, version, null,
                List.of());
    }

    /** The transfer this need implies, as the compliance engine sees it. */
    public Flow flow() {
        return new Flow(direction, dataCategories.isEmpty() ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(dataCategories),
                personalInfoSubjects, sensitiveSubjects, exemptionGround, onGeneralList, false).inScenario(listScenario, Set.copyOf(listedItems));
    }

    public boolean isOpen() {
        return status == NeedStatus.OPEN;
    }

    Need withStatus(NeedStatus newStatus) {
        return new Need(id, organizationId, title, description, sectors, dataCategories, direction, personalInfoSubjects, sensitiveSubjects,
                requiredCertifications, exemptionGround, onGeneralList, tags, scenarioIds, newStatus, createdBy, createdAt, updatedAt, version,
                listScenario, listedItems);
    }
}
