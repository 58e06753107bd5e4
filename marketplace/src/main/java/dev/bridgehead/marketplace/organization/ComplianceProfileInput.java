package dev.bridgehead.marketplace.organization;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A compliance profile as typed, codes and dates still strings (see {@link OrganizationDetails}).
 * Entries carry their evidence; their status is staff's to set and is not read from here.
 */
@Serdeable
public record ComplianceProfileInput(
        @Nullable List<MechanismInput> mechanisms,
        @Nullable List<CertificationInput> certifications,
        @Nullable List<String> acceptsCategories,
        @Nullable Object ciio,
        @Nullable Integer version) {

    /** Whether the organisation says it is a CIIO: {@code true} or {@code false}, as a JSON boolean or text; anything else is a field error. */
    Boolean ciioFlag(dev.bridgehead.marketplace.failure.InputCheck check) {
        if (ciio == null || ciio instanceof Boolean) {
            return Boolean.TRUE.equals(ciio);
        }
        String typed = ciio.toString().strip();
        if (typed.equalsIgnoreCase("true") || typed.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(typed);
        }
        check.add("ciio", "not-a-boolean", "must be true or false");
        return false;
    }

    /**
     * @param reference   the filing, approval or certificate number or contract date; {@code evidenceRef} is its older name
     */
    @Serdeable
    public record MechanismInput(@Nullable String code, @Nullable String scope, @Nullable String obtainedOn, @Nullable String evidenceRef,
                                 @Nullable String reference, @Nullable String issuer, @Nullable String expiresOn,
                                 @Nullable String documentSha256) {

        @Creator
        public MechanismInput {
        }

        public MechanismInput(String code, String scope, String obtainedOn, String reference) {
            this(code, scope, obtainedOn, null, reference, null, null, null);
        }

        String referenceGiven() {
            return reference != null ? reference : evidenceRef;
        }
    }

    @Serdeable
    public record CertificationInput(@Nullable String code, @Nullable String expiresOn, @Nullable String evidenceRef,
                                     @Nullable String reference, @Nullable String issuer, @Nullable String obtainedOn,
                                     @Nullable String documentSha256) {

        @Creator
        public CertificationInput {
        }

        public CertificationInput(String code, String expiresOn, String reference) {
            this(code, expiresOn, null, reference, null, null, null);
        }

        String referenceGiven() {
            return reference != null ? reference : evidenceRef;
        }
    }
}
