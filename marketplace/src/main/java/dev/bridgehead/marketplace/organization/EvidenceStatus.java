package dev.bridgehead.marketplace.organization;

/**
 * Where park staff stand on the evidence behind a mechanism or certification. Only a verified,
 * unexpired entry counts for a verdict. Codes are part of the API.
 */
public enum EvidenceStatus {
    /** Stated by the organisation, not yet checked. */
    DECLARED,
    /** Checked by park staff. */
    VERIFIED,
    /** Checked and refused, with a note. */
    REJECTED,
    /** Its expiry day has passed. */
    EXPIRED
}
