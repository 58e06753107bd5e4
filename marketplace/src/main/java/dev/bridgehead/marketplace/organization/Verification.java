package dev.bridgehead.marketplace.organization;

import java.util.Arrays;
import java.util.List;

/** Whether park staff have verified an organisation; the codes are part of the API. */
public enum Verification {
    UNVERIFIED,
    VERIFIED,
    REJECTED,
    /** Verified, with a change of its name, jurisdiction, registry ID or registration area waiting for staff. */
    PENDING_CHANGE;

    /**
     * Whether the organisation, and so its published listings, may be shown to the public and
     * searched: once staff have verified it, with its last verified values while a change waits.
     * Everyone else (its members, staff) sees it anyway.
     */
    public boolean isPublic() {
        return this == VERIFIED || this == PENDING_CHANGE;
    }

    /** The states in which an organisation is public, for queries. */
    public static List<Verification> publicStates() {
        return Arrays.stream(values()).filter(Verification::isPublic).toList();
    }
}
