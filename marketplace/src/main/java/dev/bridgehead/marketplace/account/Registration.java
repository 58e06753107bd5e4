package dev.bridgehead.marketplace.account;

import dev.bridgehead.marketplace.organization.OrganizationDetails;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A firm joining Bridgehead: its organisation and its first member. */
@Serdeable
public record Registration(@Nullable OrganizationDetails organization, @Nullable NewUser user) {

    /** The first member's account, as typed. */
    @Serdeable
    public record NewUser(@Nullable String email, @Nullable String password, @Nullable String displayName) {
    }
}
