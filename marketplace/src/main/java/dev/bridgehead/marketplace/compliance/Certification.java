package dev.bridgehead.marketplace.compliance;

import dev.bridgehead.marketplace.organization.Jurisdiction;

/** A certification a party may hold and a need may require of a partner (COMPLIANCE.md). Codes are part of the API. */
public enum Certification {
    ISO_27001,
    ISO_27701,
    MLPS_2,
    MLPS_3,
    MTCS_1,
    MTCS_2,
    MTCS_3,
    DPTM,
    APEC_CBPR,
    APEC_PRP;

    /** China belongs to neither CBPR system: a Chinese organisation cannot hold APEC CBPR or PRP. */
    public boolean availableIn(Jurisdiction jurisdiction) {
        return !((this == APEC_CBPR || this == APEC_PRP) && jurisdiction == Jurisdiction.CN);
    }
}
