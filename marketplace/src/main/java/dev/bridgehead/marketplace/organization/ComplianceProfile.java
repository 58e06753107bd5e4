package dev.bridgehead.marketplace.organization;

import dev.bridgehead.marketplace.compliance.Certification;
import dev.bridgehead.marketplace.compliance.DataCategory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an organisation can lawfully do with data: the transfer mechanisms it has in place, the
 * certifications it holds, the data categories it accepts, and whether it is a critical
 * information infrastructure operator (CIIO).
 */
@MappedEntity("compliance_profile")
public record ComplianceProfile(
        @Id Long organizationId,
        @TypeDef(type = DataType.JSON) List<HeldMechanism> mechanisms,
        @TypeDef(type = DataType.JSON) List<HeldCertification> certifications,
        @TypeDef(type = DataType.JSON) List<DataCategory> acceptsCategories,
        boolean ciio,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Integer version) {

    /** The profile a new organisation starts with: nothing in place, general data accepted. */
    public static ComplianceProfile empty(Long organizationId) {
        return new ComplianceProfile(organizationId, List.of(), List.of(), List.of(DataCategory.GENERAL), false, null, null);
    }

    /** Whether the certification is held and not expired on {@code day}. */
    public boolean holdsValid(Certification certification, LocalDate day) {
        return certifications.stream().anyMatch(held -> held.code() == certification && !held.isExpiredOn(day));
    }
}
