package dev.bridgehead.web.organization;

import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.HeldCertification;
import dev.bridgehead.marketplace.organization.HeldEntry;
import java.time.LocalDate;

/** A compliance profile as shown to others: what is in place, whether park staff checked it, and which certifications have lapsed. */
public record ComplianceSummary(ComplianceProfile profile, LocalDate today) {

    public boolean expired(HeldCertification certification) {
        return certification.isExpiredOn(today);
    }

    /** The status to show: expired by its day even before the nightly job marks it. */
    public String statusOf(HeldEntry entry) {
        return entry.statusOn(today).name();
    }

    public boolean isEmpty() {
        return profile.mechanisms().isEmpty() && profile.certifications().isEmpty();
    }
}
