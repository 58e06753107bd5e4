package dev.bridgehead.marketplace.compliance;

import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.HeldCertification;
import dev.bridgehead.marketplace.organization.HeldMechanism;
import dev.bridgehead.marketplace.organization.Jurisdiction;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.organization.RegistrationArea;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * One side of a flow as the rules see it: where it is (and, in China, where it is registered, which
 * decides the negative lists that can apply), whether it is a CIIO, and what it holds (valid or not).
 */
public record Participant(Jurisdiction jurisdiction, boolean ciio, List<HeldMechanism> mechanisms, List<HeldCertification> certifications,
                          @Nullable RegistrationArea registrationArea) {

    public Participant {
        mechanisms = List.copyOf(mechanisms);
        certifications = List.copyOf(certifications);
    }

    /** A participant registered outside the negative lists' areas. */
    public Participant(Jurisdiction jurisdiction, boolean ciio, List<HeldMechanism> mechanisms, List<HeldCertification> certifications) {
        this(jurisdiction, ciio, mechanisms, certifications, null);
    }

    /**
     * As staff verified it: the registration area counts once staff have verified the organisation, and
     * the area of a pending change only once they accept it.
     */
    public static Participant of(Organization organization, ComplianceProfile profile) {
        return new Participant(organization.jurisdiction(), profile.ciio(), profile.mechanisms(), profile.certifications(),
                organization.verification().isPublic() ? organization.registrationArea() : null);
    }

    public Participant registeredIn(@Nullable RegistrationArea area) {
        return new Participant(jurisdiction, ciio, mechanisms, certifications, area);
    }
}
