package dev.bridgehead.web.organization;

import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.HeldCertification;
import java.time.LocalDate;

/** A compliance profile as shown to others: what is in place, and which certifications have lapsed. */
public record ComplianceSummary(ComplianceProfile profile, LocalDate today) {

    public boolean expired(HeldCertification certification) {
        return certification.isExpiredOn(today);
    }

    public boolean isEmpty() {
        return profile.mechanisms().isEmpty() && profile.certifications().isEmpty();
    }
}
