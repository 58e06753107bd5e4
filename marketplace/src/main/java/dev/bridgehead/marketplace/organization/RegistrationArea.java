package dev.bridgehead.marketplace.organization;

/**
 * Where a Chinese organisation is registered, which decides the Shanghai negative lists that can
 * apply to it (COMPLIANCE.md). Singapore organisations have none. Codes are part of the API.
 */
public enum RegistrationArea {
    /** The Lingang Special Area, part of the Shanghai pilot free trade zone. */
    LINGANG,
    /** The rest of the Shanghai pilot free trade zone. */
    SHANGHAI_FTZ,
    /** Elsewhere in Shanghai. */
    SHANGHAI,
    /** Elsewhere in mainland China. */
    CN_OTHER
}
