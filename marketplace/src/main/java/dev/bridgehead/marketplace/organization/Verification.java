package dev.bridgehead.marketplace.organization;

/** Whether park staff have verified an organisation; the codes are part of the API. */
public enum Verification {
    UNVERIFIED,
    VERIFIED,
    REJECTED
}
