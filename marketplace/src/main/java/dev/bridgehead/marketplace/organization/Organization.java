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
 * @param registryId       the unified social credit code (CN) or the UEN (SG)
 * @param registrationArea where a Chinese firm is registered; null for others
 * @param pendingChange    a change of the facts staff verified, waiting for their decision; the fields above keep the
 *                         last verified values meanwhile
 * @param version          optimistic-locking version: an update read at an older one fails
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
        @Nullable String registryId,
        @Nullable RegistrationArea registrationArea,
        @Nullable @TypeDef(type = DataType.JSON) IdentityChange pendingChange,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Integer version) {

    /** A new, unverified organisation, not yet stored. */
    public static Organization unverified(String name, @Nullable String nameZh, Jurisdiction jurisdiction, List<Sector> sectors) {
        return new Organization(null, name, nameZh, jurisdiction, List.copyOf(sectors), null, null, null, null,
                Verification.UNVERIFIED, null, null, null, null, null, null);
    }

    /** The facts staff check before an organisation is verified, as they stand. */
    public IdentityChange identity() {
        return new IdentityChange(name, nameZh, jurisdiction, registryId, registrationArea, null, null);
    }

    /** What its own members see: the pending values where a change waits, the stored ones otherwise. */
    public Organization asItsMembersSeeIt() {
        if (pendingChange == null) {
            return this;
        }
        return new Organization(id, pendingChange.name(), pendingChange.nameZh(), pendingChange.jurisdiction(), sectors, website, description,
                descriptionZh, size, verification, pendingChange.registryId(), pendingChange.registrationArea(), pendingChange, createdAt, updatedAt,
                version);
    }

    Organization with(Verification newVerification, IdentityChange identity, @Nullable IdentityChange pending) {
        return new Organization(id, identity.name(), identity.nameZh(), identity.jurisdiction(), sectors, website, description, descriptionZh, size,
                newVerification, identity.registryId(), identity.registrationArea(), pending, createdAt, updatedAt, version);
    }
}
