package dev.bridgehead.marketplace.compliance;

/** Which side of a flow must hold a mechanism or take a step. Codes are part of the API. */
public enum Party {
    EXPORTER,
    IMPORTER,
    BOTH
}
