package dev.bridgehead.marketplace.compliance;

/**
 * A ground on which a transfer of personal information needs no mechanism (COMPLIANCE.md): China's
 * statutory exemptions, and Singapore's deemed-satisfied grounds ({@link #CONSENT}, and a contract
 * with the individual). Codes are part of the API.
 */
public enum ExemptionGround {
    CONTRACT_WITH_INDIVIDUAL,
    HR_MANAGEMENT,
    EMERGENCY,
    COLLECTED_ABROAD,
    CONSENT
}
