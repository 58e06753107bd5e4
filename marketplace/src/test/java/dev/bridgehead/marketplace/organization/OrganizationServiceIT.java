package dev.bridgehead.marketplace.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.audit.AuditEntry;
import dev.bridgehead.marketplace.compliance.Certification;
import dev.bridgehead.marketplace.compliance.DataCategory;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.FieldError;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput.CertificationInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput.MechanismInput;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class OrganizationServiceIT {

    @Inject
    OrganizationService organizations;

    @Inject
    ComplianceProfileService compliance;

    @Inject
    AuditLog audit;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    DatabaseCleaner database;

    @BeforeEach
    void clean() {
        database.clean();
    }

    @Test
    void a_member_keeps_the_compliance_profile_of_its_own_organisation() {
        Actor member = fixture.member("SG");
        ComplianceProfile empty = compliance.profile(member, member.organizationId());

        ComplianceProfile saved = compliance.updateProfile(member, member.organizationId(), new ComplianceProfileInput(
                List.of(new MechanismInput("ASEAN_MCC", "customer analytics", "2026-03-01", "MCC-2026-17")),
                List.of(new CertificationInput("ISO_27701", "2027-06-30", "cert 4411"), new CertificationInput("DPTM", "2025-01-31", null)),
                List.of("GENERAL", "PERSONAL"), false, empty.version()));

        assertThat(saved.mechanisms()).extracting(HeldMechanism::evidenceRef).containsExactly("MCC-2026-17");
        assertThat(saved.acceptsCategories()).containsExactly(DataCategory.GENERAL, DataCategory.PERSONAL);
        assertThat(saved.holdsValid(Certification.ISO_27701, LocalDate.of(2026, 11, 24))).as("declared, not yet checked").isFalse();
        ComplianceProfile checked = compliance.decideEvidence(fixture.staff(), member.organizationId(), "certifications", "ISO_27701",
                new ComplianceProfileService.EvidenceDecision("VERIFIED", "certificate seen", saved.version()));
        assertThat(checked.holdsValid(Certification.ISO_27701, LocalDate.of(2026, 11, 24))).isTrue();
        assertThat(checked.holdsValid(Certification.DPTM, LocalDate.of(2026, 11, 24))).as("expired counts as absent").isFalse();
    }

    @Test
    void a_chinese_organisation_cannot_hold_cbpr_and_bad_dates_are_refused() {
        Actor member = fixture.member("CN");
        ComplianceProfile current = compliance.profile(member, member.organizationId());

        assertThatThrownBy(() -> compliance.updateProfile(member, member.organizationId(), new ComplianceProfileInput(
                List.of(new MechanismInput("APEC_CBPR", null, "31/12/2025", null)),
                List.of(new CertificationInput("APEC_PRP", "2030-01-01", null)), List.of("GENERAL"), false, current.version())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("mechanisms[0].code", "mechanisms[0].obtainedOn", "certifications[0].code"));
        assertThat(compliance.profile(member, member.organizationId()).mechanisms()).isEmpty();
    }

    @Test
    void another_organisation_neither_sees_nor_changes_a_profile() {
        Actor owner = fixture.member("CN");
        Actor other = fixture.member("SG");

        assertThatThrownBy(() -> compliance.profile(other, owner.organizationId())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> compliance.updateProfile(other, owner.organizationId(),
                new ComplianceProfileInput(List.of(), List.of(), List.of("CORE"), true, 0))).isInstanceOf(NotFound.class);
    }

    @Test
    void a_stale_profile_update_is_refused() {
        Actor member = fixture.member("SG");
        ComplianceProfile read = compliance.profile(member, member.organizationId());
        ComplianceProfileInput input = new ComplianceProfileInput(List.of(), List.of(), List.of("GENERAL"), false, read.version());
        compliance.updateProfile(member, member.organizationId(), input);

        assertThatThrownBy(() -> compliance.updateProfile(member, member.organizationId(), input))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void only_staff_verify_and_each_decision_is_audited_with_its_note() {
        Actor member = fixture.member("CN");
        Actor staff = fixture.staff();

        assertThatThrownBy(() -> organizations.decideVerification(member, member.organizationId(), "VERIFIED", "me")).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> organizations.decideVerification(staff, member.organizationId(), "REJECTED", " "))
                .isInstanceOf(InvalidInput.class);
        Organization verified = organizations.decideVerification(staff, member.organizationId(), "VERIFIED", "Business licence checked");

        assertThat(verified.verification()).isEqualTo(Verification.VERIFIED);
        assertThat(audit.about("organization", member.organizationId())).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder("organization.registered", "organization.verified");
        assertThat(audit.about("organization", member.organizationId())).filteredOn(e -> e.action().equals("organization.verified")).singleElement()
                .satisfies(entry -> {
            assertThat(entry.actorId()).isEqualTo(staff.userId());
            assertThat(entry.note()).isEqualTo("Business licence checked");
        });
    }

    @Test
    void a_member_cannot_change_its_jurisdiction_or_verification() {
        Actor member = fixture.member("CN");
        Organization current = organizations.get(member, member.organizationId());
        OrganizationDetails moved = new OrganizationDetails(current.name(), "新名称", "SG", List.of("FINANCE"), null, null, null, null,
                null, null, current.version());

        assertThatThrownBy(() -> organizations.update(member, current.id(), moved)).isInstanceOf(InvalidInput.class);
        Organization renamed = organizations.update(member, current.id(),
                new OrganizationDetails(current.name(), "新名称", "CN", List.of("FINANCE"), null, null, null, null, null, null, current.version()));
        assertThat(renamed.nameZh()).isEqualTo("新名称");
        assertThat(renamed.verification()).isEqualTo(Verification.UNVERIFIED);
    }
}
