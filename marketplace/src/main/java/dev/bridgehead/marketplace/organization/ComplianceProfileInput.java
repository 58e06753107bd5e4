package dev.bridgehead.marketplace.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A compliance profile as typed, codes and dates still strings (see {@link OrganizationDetails}). */
@Serdeable
public record ComplianceProfileInput(
        @Nullable List<MechanismInput> mechanisms,
        @Nullable List<CertificationInput> certifications,
        @Nullable List<String> acceptsCategories,
        @Nullable Boolean ciio,
        @Nullable Integer version) {

    @Serdeable
    public record MechanismInput(@Nullable String code, @Nullable String scope, @Nullable String obtainedOn, @Nullable String evidenceRef) {
    }

    @Serdeable
    public record CertificationInput(@Nullable String code, @Nullable String expiresOn, @Nullable String evidenceRef) {
    }
}
