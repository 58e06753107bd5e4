package dev.bridgehead.marketplace.compliance;

/** What kind of data a flow carries; the strictest category of a flow decides. Codes are part of the API. */
public enum DataCategory {
    GENERAL,
    PERSONAL,
    SENSITIVE_PERSONAL,
    IMPORTANT,
    CORE
}
