package dev.bridgehead.marketplace.organization;

/** How large a firm is; the codes are part of the API. */
public enum OrganizationSize {
    STARTUP,
    SME,
    LARGE
}
