package dev.bridgehead.marketplace.organization;

/** Whether park staff have verified an organisation; the codes are part of the API. */
public enum Verification {
    UNVERIFIED,
    VERIFIED,
    REJECTED,
    /** Verified, with a change of its name, jurisdiction, registry ID or registration area waiting for staff. */
    PENDING_CHANGE;

    /** Whether the organisation stands verified before the public: its page, listings and matches are shown (its last verified values). */
    public boolean isPublic() {
        return this == VERIFIED || this == PENDING_CHANGE;
    }
}
