package dev.bridgehead.marketplace.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Objects;

/**
 * The facts about an organisation that staff verify: its legal names, jurisdiction, registry ID and
 * registration area. Stored as a pending change when a verified organisation edits one of them.
 */
@Serdeable
public record IdentityChange(String name, @Nullable String nameZh, Jurisdiction jurisdiction, @Nullable String registryId,
                             @Nullable RegistrationArea registrationArea, @Nullable Instant requestedAt, @Nullable Long requestedBy) {

    /** Whether the two name the same facts, whoever asked and when. */
    public boolean sameFactsAs(IdentityChange other) {
        return Objects.equals(name, other.name) && Objects.equals(nameZh, other.nameZh) && jurisdiction == other.jurisdiction
                && Objects.equals(registryId, other.registryId) && registrationArea == other.registrationArea;
    }
}
