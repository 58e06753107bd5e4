package dev.bridgehead.marketplace.compliance;

import dev.bridgehead.marketplace.organization.Jurisdiction;

/** A legal mechanism for a cross-border transfer that an organisation can hold (COMPLIANCE.md). Codes are part of the API. */
public enum Mechanism {
    CN_SECURITY_ASSESSMENT,
    CN_STANDARD_CONTRACT,
    CN_PI_CERTIFICATION,
    LINGANG_GENERAL_LIST,
    SG_CONTRACT,
    ASEAN_MCC,
    SG_BCR,
    APEC_CBPR,
    APEC_PRP,
    GLOBAL_CBPR,
    GLOBAL_PRP;

    /** China belongs to neither the APEC nor the Global CBPR system, so a Chinese organisation cannot hold these. */
    public boolean availableIn(Jurisdiction jurisdiction) {
        boolean cbprSystem = this == APEC_CBPR || this == APEC_PRP || this == GLOBAL_CBPR || this == GLOBAL_PRP;
        return !(cbprSystem && jurisdiction == Jurisdiction.CN);
    }
}
