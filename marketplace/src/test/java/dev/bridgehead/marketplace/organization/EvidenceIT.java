package dev.bridgehead.marketplace.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.audit.AuditEntry;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.FieldError;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput.CertificationInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput.MechanismInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileService.EvidenceDecision;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The evidence behind a profile's entries: declared by the firm, checked by staff, declared again when it changes. */
@MicronautTest(transactional = false, startApplication = false)
class EvidenceIT {


    @Inject
    ComplianceProfileService compliance;

    @Inject
    AuditLog audit;

    @Inject
    dev.bridgehead.marketplace.evidence.EvidenceDocuments documents;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    DatabaseCleaner database;

    Actor member;
    Actor staff;
    String sha;

    @BeforeEach
    void clean() {
        database.clean();
        member = fixture.verifiedMember("CN");
        staff = fixture.staff();
        sha = documents.store(member, member.organizationId(), "%PDF-1.7 filing receipt SH-SCC-2026-0042".getBytes()).sha256();
    }

    @Test
    void a_declared_entry_waits_for_staff_and_counts_only_once_verified() {
        ComplianceProfile declared = declare(contract("SH-SCC-2026-0042", sha));

        HeldEntry entry = declared.entry(EntryKind.MECHANISMS, "CN_STANDARD_CONTRACT").orElseThrow();
        assertThat(entry.status()).isEqualTo(EvidenceStatus.DECLARED);
        assertThat(entry.documentSha256()).isEqualTo(sha);
        assertThat(entry.issuer()).isEqualTo("Shanghai CAC");
        assertThat(declared.awaitingCheckSince()).isNotNull();
        assertThat(compliance.awaitingCheck(staff, null, null, 0)).extracting(waiting -> waiting.entry().code().name()).containsExactly("CN_STANDARD_CONTRACT");

        ComplianceProfile verified = compliance.decideEvidence(staff, member.organizationId(), "mechanisms", "CN_STANDARD_CONTRACT",
                new EvidenceDecision("VERIFIED", "filing receipt matches the Shanghai CAC record", declared.version()));

        HeldEntry checked = verified.entry(EntryKind.MECHANISMS, "CN_STANDARD_CONTRACT").orElseThrow();
        assertThat(checked.status()).isEqualTo(EvidenceStatus.VERIFIED);
        assertThat(checked.review().decidedBy()).isEqualTo(staff.userId());
        assertThat(verified.awaitingCheckSince()).isNull();
        assertThat(compliance.awaitingCheck(staff, null, null, 0)).isEmpty();
        assertThat(audit.about("organization", member.organizationId())).filteredOn(e -> e.action().equals("evidence.verified")).singleElement()
                .satisfies(e -> assertThat(e.note()).contains("mechanisms/CN_STANDARD_CONTRACT").contains("filing receipt"));
    }

    @Test
    void an_unchanged_entry_keeps_staffs_check_and_a_changed_one_is_declared_again() {
        ComplianceProfile declared = declare(contract("SH-SCC-2026-0042", sha));
        ComplianceProfile verified = compliance.decideEvidence(staff, member.organizationId(), "mechanisms", "CN_STANDARD_CONTRACT",
                new EvidenceDecision("VERIFIED", null, declared.version()));

        ComplianceProfile resaved = compliance.updateProfile(member, member.organizationId(), new ComplianceProfileInput(
                List.of(contract("SH-SCC-2026-0042", sha)), List.of(), List.of("GENERAL", "PERSONAL"), false, verified.version()));
        assertThat(resaved.entry(EntryKind.MECHANISMS, "CN_STANDARD_CONTRACT").orElseThrow().status()).isEqualTo(EvidenceStatus.VERIFIED);

        ComplianceProfile edited = compliance.updateProfile(member, member.organizationId(), new ComplianceProfileInput(
                List.of(contract("SH-SCC-2026-0099", sha)), List.of(), List.of("GENERAL", "PERSONAL"), false, resaved.version()));
        assertThat(edited.entry(EntryKind.MECHANISMS, "CN_STANDARD_CONTRACT").orElseThrow().status()).isEqualTo(EvidenceStatus.DECLARED);
        assertThat(audit.about("organization", member.organizationId())).filteredOn(e -> e.action().equals("compliance.edited"))
                .anySatisfy(e -> assertThat(e.changes().get("mechanisms.CN_STANDARD_CONTRACT")).satisfies(change -> {
                    assertThat(change.before()).contains("reference SH-SCC-2026-0042").contains("status VERIFIED");
                    assertThat(change.after()).contains("reference SH-SCC-2026-0099").contains("status DECLARED");
                }));
    }

    @Test
    void of_two_staff_decisions_on_the_same_read_exactly_one_is_taken_and_the_other_is_told() {
        ComplianceProfile read = declare(contract("SH-SCC-2026-0042", sha));
        Actor otherStaff = fixture.staff();

        compliance.decideEvidence(staff, member.organizationId(), "mechanisms", "CN_STANDARD_CONTRACT",
                new EvidenceDecision("VERIFIED", "checked", read.version()));

        assertThatThrownBy(() -> compliance.decideEvidence(otherStaff, member.organizationId(), "mechanisms", "CN_STANDARD_CONTRACT",
                new EvidenceDecision("REJECTED", "not legible", read.version()))).isInstanceOf(Conflict.class);
        assertThat(compliance.profile(staff, member.organizationId()).entry(EntryKind.MECHANISMS, "CN_STANDARD_CONTRACT").orElseThrow().status())
                .isEqualTo(EvidenceStatus.VERIFIED);
        assertThat(audit.about("organization", member.organizationId())).extracting(AuditEntry::action).doesNotContain("evidence.rejected");
    }

    @Test
    void a_rejection_needs_a_note_only_staff_decide_and_an_expired_entry_cannot_be_verified() {
        ComplianceProfile declared = compliance.updateProfile(member, member.organizationId(), new ComplianceProfileInput(List.of(),
                List.of(new CertificationInput("MLPS_3", "2020-01-31", null, "MLPS-3-1", "Shanghai PSB", "2018-02-01", null)),
                List.of("GENERAL"), false, compliance.profile(member, member.organizationId()).version()));

        assertThatThrownBy(() -> compliance.decideEvidence(staff, member.organizationId(), "certifications", "MLPS_3",
                new EvidenceDecision("REJECTED", " ", declared.version()))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("note"));
        assertThatThrownBy(() -> compliance.decideEvidence(member, member.organizationId(), "certifications", "MLPS_3",
                new EvidenceDecision("VERIFIED", null, declared.version()))).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> compliance.decideEvidence(staff, member.organizationId(), "certifications", "MLPS_3",
                new EvidenceDecision("VERIFIED", null, declared.version()))).isInstanceOf(Conflict.class).hasMessageContaining("expired");
    }

    @Test
    void staffs_queue_narrows_by_code_organisation_and_age() {
        declare(contract("SH-SCC-2026-0042", sha));
        Actor other = fixture.verifiedMember("SG");
        compliance.updateProfile(other, other.organizationId(), new ComplianceProfileInput(
                List.of(new MechanismInput("ASEAN_MCC", "all", "2026-01-05", null, "MCC-7", "the parties", null, null)), List.of(),
                List.of("GENERAL"), false, compliance.profile(other, other.organizationId()).version()));

        assertThat(compliance.awaitingCheck(staff, null, null, 0)).hasSize(2);
        assertThat(compliance.awaitingCheck(staff, "ASEAN_MCC", null, 0)).extracting(w -> w.profile().organizationId()).containsExactly(other.organizationId());
        assertThat(compliance.awaitingCheck(staff, null, member.organizationId(), 0)).extracting(w -> w.entry().code().name())
                .containsExactly("CN_STANDARD_CONTRACT");
        assertThat(compliance.awaitingCheck(staff, null, null, 1)).as("nothing has waited a day yet").isEmpty();
        assertThatThrownBy(() -> compliance.awaitingCheck(member, null, null, 0)).isInstanceOf(NotAllowed.class);
    }

    @Test
    void an_entry_cannot_name_a_document_another_organisation_uploaded() {
        Actor other = fixture.verifiedMember("SG");
        String theirs = documents.store(other, other.organizationId(), "%PDF-1.7 someone else's contract".getBytes()).sha256();

        assertThatThrownBy(() -> declare(contract("SH-SCC-2026-0042", theirs))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("mechanisms[0].documentSha256", "unknown-document")));
    }

    @Test
    void a_document_attached_to_a_verified_entry_declares_it_again() {
        ComplianceProfile declared = declare(contract("SH-SCC-2026-0042", null));
        ComplianceProfile verified = compliance.decideEvidence(staff, member.organizationId(), "mechanisms", "CN_STANDARD_CONTRACT",
                new EvidenceDecision("VERIFIED", null, declared.version()));

        ComplianceProfile attached = compliance.attachDocument(member, member.organizationId(), "mechanisms", "CN_STANDARD_CONTRACT", sha,
                verified.version());

        HeldEntry entry = attached.entry(EntryKind.MECHANISMS, "CN_STANDARD_CONTRACT").orElseThrow();
        assertThat(entry.documentSha256()).isEqualTo(sha);
        assertThat(entry.status()).isEqualTo(EvidenceStatus.DECLARED);
        assertThat(entry.evidenceRef()).isEqualTo("SH-SCC-2026-0042");
    }

    @Test
    void bad_evidence_is_refused_with_its_fields_and_changes_nothing() {
        ComplianceProfile before = compliance.profile(member, member.organizationId());

        assertThatThrownBy(() -> compliance.updateProfile(member, member.organizationId(), new ComplianceProfileInput(List.of(
                new MechanismInput("CN_STANDARD_CONTRACT", null, "2026-05-01", null, "R", null, "2026-04-01", "not-a-hash"),
                new MechanismInput("CN_STANDARD_CONTRACT", null, null, null, null, null, null, null)), List.of(), List.of("GENERAL"), false,
                before.version()))).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("mechanisms[0].expiresOn", "mechanisms[0].documentSha256", "mechanisms[1].code"));
        assertThat(compliance.profile(member, member.organizationId()).version()).isEqualTo(before.version());
    }

    private ComplianceProfile declare(MechanismInput mechanism) {
        return compliance.updateProfile(member, member.organizationId(), new ComplianceProfileInput(List.of(mechanism), List.of(),
                List.of("GENERAL", "PERSONAL"), false, compliance.profile(member, member.organizationId()).version()));
    }

    static MechanismInput contract(String reference, String sha) {
        return new MechanismInput("CN_STANDARD_CONTRACT", "customer data to Singapore", "2026-03-01", null, reference, "Shanghai CAC", null, sha);
    }
}
