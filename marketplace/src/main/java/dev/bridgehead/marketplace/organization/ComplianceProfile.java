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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What an organisation can lawfully do with data: the transfer mechanisms it has in place, the
 * certifications it holds, each with its evidence and staff's check of it, the data categories it
 * accepts, and whether it is a critical information infrastructure operator (CIIO).
 *
 * @param awaitingCheckSince when the oldest entry still waiting for staff was declared; null when none waits
 *                           (derived from the entries, stored so that staff's queue finds profiles by index)
 * @param nextExpiry         the earliest expiry day of an entry not yet marked expired (derived, for the expiry job)
 */
@MappedEntity("compliance_profile")
public record ComplianceProfile(
        @Id Long organizationId,
        @TypeDef(type = DataType.JSON) List<HeldMechanism> mechanisms,
        @TypeDef(type = DataType.JSON) List<HeldCertification> certifications,
        @TypeDef(type = DataType.JSON) List<DataCategory> acceptsCategories,
        boolean ciio,
        @Nullable Instant awaitingCheckSince,
        @Nullable LocalDate nextExpiry,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Integer version) {

    /** The profile a new organisation starts with: nothing in place, general data accepted. */
    public static ComplianceProfile empty(Long organizationId) {
        return new ComplianceProfile(organizationId, List.of(), List.of(), List.of(DataCategory.GENERAL), false, null, null, null, null);
    }

    /** Whether the certification is held, checked by staff and not expired on {@code day}. */
    public boolean holdsValid(Certification certification, LocalDate day) {
        return certifications.stream().anyMatch(held -> held.code() == certification && held.countsOn(day));
    }

    /** Mechanisms, then certifications. */
    public List<HeldEntry> entries() {
        return Stream.concat(mechanisms.stream(), certifications.stream()).map(HeldEntry.class::cast).toList();
    }

    public Optional<HeldEntry> entry(EntryKind kind, String code) {
        return entries().stream().filter(e -> e.kind() == kind && e.code().name().equals(code)).findFirst();
    }

    /** The same profile with one entry replaced; {@code awaitingCheckSince} follows. */
    ComplianceProfile withEntry(HeldEntry changed) {
        List<HeldMechanism> newMechanisms = new ArrayList<>(mechanisms);
        List<HeldCertification> newCertifications = new ArrayList<>(certifications);
        if (changed instanceof HeldMechanism mechanism) {
            newMechanisms.replaceAll(held -> held.code() == mechanism.code() ? mechanism : held);
        } else if (changed instanceof HeldCertification certification) {
            newCertifications.replaceAll(held -> held.code() == certification.code() ? certification : held);
        }
        return of(organizationId, newMechanisms, newCertifications, acceptsCategories, ciio, version);
    }

    /** A profile with its derived columns computed from the entries. */
    static ComplianceProfile of(Long organizationId, List<HeldMechanism> mechanisms, List<HeldCertification> certifications,
                                List<DataCategory> accepts, boolean ciio, Integer version) {
        LocalDate nextExpiry = Stream.concat(mechanisms.stream(), certifications.stream())
                .filter(entry -> entry.status() != EvidenceStatus.EXPIRED && entry.expiresOn() != null)
                .map(HeldEntry::expiresOn).min(Comparator.naturalOrder()).orElse(null);
        return new ComplianceProfile(organizationId, List.copyOf(mechanisms), List.copyOf(certifications), List.copyOf(accepts), ciio,
                awaitingSince(mechanisms, certifications), nextExpiry, null, version);
    }

    static Instant awaitingSince(List<HeldMechanism> mechanisms, List<HeldCertification> certifications) {
        return Stream.concat(mechanisms.stream(), certifications.stream())
                .filter(entry -> entry.status() == EvidenceStatus.DECLARED)
                .map(entry -> entry.review() == null ? Instant.EPOCH : Objects.requireNonNullElse(entry.review().declaredAt(), Instant.EPOCH))
                .min(Comparator.naturalOrder()).orElse(null);
    }
}
