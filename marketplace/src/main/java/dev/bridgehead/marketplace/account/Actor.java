package dev.bridgehead.marketplace.account;

import io.micronaut.core.annotation.Nullable;

/**
 * Who is acting, as every service sees it: the basis of every permission check.
 *
 * @param organizationId the member's organisation; null for staff
 */
public record Actor(Long userId, Role role, @Nullable Long organizationId, String displayName) {

    public boolean isStaff() {
        return role.isStaff();
    }

    public boolean isMemberOf(Long organization) {
        return organizationId != null && organizationId.equals(organization);
    }

    /** Members act for their own organisation; staff act for any. */
    public boolean mayActFor(Long organization) {
        return isStaff() || isMemberOf(organization);
    }
}
