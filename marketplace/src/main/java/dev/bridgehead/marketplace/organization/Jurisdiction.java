package dev.bridgehead.marketplace.organization;

/** Where an organisation is established; the codes are part of the API. */
public enum Jurisdiction {
    /** Mainland China; on Bridgehead, firms in the Lingang Special Area. */
    CN,
    /** Singapore. */
    SG
}
