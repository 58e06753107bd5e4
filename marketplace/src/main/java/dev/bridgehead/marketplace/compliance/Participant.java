package dev.bridgehead.marketplace.compliance;

import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.HeldCertification;
import dev.bridgehead.marketplace.organization.HeldMechanism;
import dev.bridgehead.marketplace.organization.Jurisdiction;
import dev.bridgehead.marketplace.organization.Organization;
import java.util.List;

/** One side of a flow as the rules see it: where it is, whether it is a CIIO, and what it holds (valid or not). */
public record Participant(Jurisdiction jurisdiction, boolean ciio, List<HeldMechanism> mechanisms, List<HeldCertification> certifications) {

    public Participant {
        mechanisms = List.copyOf(mechanisms);
        certifications = List.copyOf(certifications);
    }

    public static Participant of(Organization organization, ComplianceProfile profile) {
        return new Participant(organization.jurisdiction(), profile.ciio(), profile.mechanisms(), profile.certifications());
    }
}
