package dev.bridgehead.marketplace.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/** A person who signs in: a member of one organisation, or park staff (no organisation). */
@MappedEntity("app_user")
public record User(
        @Id @GeneratedValue @Nullable Long id,
        String email,
        String passwordHash,
        String displayName,
        Role role,
        @Nullable Long organizationId,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Integer version) {

    public Actor asActor() {
        return new Actor(id, role, organizationId, displayName);
    }
}
