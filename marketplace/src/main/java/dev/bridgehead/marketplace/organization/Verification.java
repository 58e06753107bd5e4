package dev.bridgehead.marketplace.organization;

import java.util.Arrays;
import java.util.List;

/** Whether park staff have verified an organisation; the codes are part of the API. */
public enum Verification {
    UNVERIFIED,
    VERIFIED,
    REJECTED;

    /**
     * Whether the organisation, and so its published listings, may be shown to the public and
     * searched: only once staff have verified it. Everyone else (its members, staff) sees it anyway.
     */
    public boolean isPublic() {
        return this == VERIFIED;
    }

    /** The states in which an organisation is public, for queries. */
    public static List<Verification> publicStates() {
        return Arrays.stream(values()).filter(Verification::isPublic).toList();
    }
}
