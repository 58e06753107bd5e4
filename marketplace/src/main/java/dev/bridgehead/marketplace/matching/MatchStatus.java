package dev.bridgehead.marketplace.matching;

/** Where a match stands, from suggestion to deal. Codes are part of the API. */
public enum MatchStatus {
    SUGGESTED,
    APPROVED,
    REJECTED,
    INTRODUCED,
    IN_TALKS,
    AGREED,
    DECLINED
}
