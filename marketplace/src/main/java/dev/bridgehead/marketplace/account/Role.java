package dev.bridgehead.marketplace.account;

/** What a person may do. Codes are part of the API. */
public enum Role {
    /** A person of one organisation. */
    MEMBER,
    /** Park staff: verify, moderate, curate. */
    STAFF,
    /** Staff who also manage staff accounts. */
    ADMIN;

    public boolean isStaff() {
        return this == STAFF || this == ADMIN;
    }
}
