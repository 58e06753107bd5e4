package dev.bridgehead.marketplace.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * A person who signs in: a member of one organisation, or park staff (no organisation).
 *
 * @param emailConfirmedAt when the person proved the address theirs (or staff vouched for it); until then the account can only confirm
 * @param totpSecret the authenticator app's shared secret, sealed with the deployment's secret; set at enrolment
 * @param totpEnabledAt when two-factor sign-in was switched on (the first code was right)
 * @param totpLastStep the last time step a code was accepted for, so that no code works twice
 */
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
        @Version @Nullable Integer version,
        @Nullable Instant emailConfirmedAt,
        @Nullable String totpSecret,
        @Nullable Instant totpEnabledAt,
        @Nullable Long totpLastStep) {

    public Actor asActor() {
        return new Actor(id, role, organizationId, displayName);
    }

    public boolean isEmailConfirmed() {
        return emailConfirmedAt != null;
    }

    public boolean hasTwoFactor() {
        return totpEnabledAt != null;
    }
}
