package dev.bridgehead.marketplace.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.account.Registration;
import dev.bridgehead.marketplace.audit.AuditEntry;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.failure.FieldError;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.marketplace.testing.RegistryIdFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registry IDs, and a verified organisation's change of the facts staff verified going back to staff. */
@MicronautTest(transactional = false, startApplication = false)
class PendingChangeIT {

    @Inject
    OrganizationService organizations;

    @Inject
    AccountService accounts;

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
    void a_verified_organisation_that_renames_itself_waits_for_staff_and_the_public_keeps_the_verified_name() {
        Actor member = fixture.verifiedMember("CN");
        Organization verified = organizations.get(member, member.organizationId());

        Organization changed = organizations.update(member, verified.id(), details(verified, "Renamed Data Co.", "SHANGHAI"));

        assertThat(changed.verification()).isEqualTo(Verification.PENDING_CHANGE);
        assertThat(changed.name()).isEqualTo(verified.name());
        assertThat(changed.asItsMembersSeeIt().name()).isEqualTo("Renamed Data Co.");
        assertThat(changed.asItsMembersSeeIt().registrationArea()).isEqualTo(RegistrationArea.SHANGHAI);
        Organization seenByThePublic = organizations.getPublic(verified.id());
        assertThat(seenByThePublic.name()).isEqualTo(verified.name());
        assertThat(seenByThePublic.registrationArea()).isEqualTo(RegistrationArea.LINGANG);
        assertThat(organizations.awaitingVerification(0, 50).getContent()).extracting(Organization::id).containsExactly(verified.id());
        assertThat(audit.about("organization", verified.id())).filteredOn(e -> e.action().equals("organization.change-requested")).singleElement()
                .satisfies(entry -> assertThat(entry.changes()).containsEntry("name", new AuditEntry.FieldChange(verified.name(), "Renamed Data Co."))
                        .containsEntry("verification", new AuditEntry.FieldChange("VERIFIED", "PENDING_CHANGE")));
    }

    @Test
    void staff_accepting_the_change_applies_it_and_declining_it_keeps_the_verified_values() {
        Actor first = fixture.verifiedMember("CN");
        Actor second = fixture.verifiedMember("CN");
        Organization a = organizations.get(first, first.organizationId());
        Organization b = organizations.get(second, second.organizationId());
        organizations.update(first, a.id(), details(a, "Accepted Name", "LINGANG"));
        organizations.update(second, b.id(), details(b, "Declined Name", "LINGANG"));
        Actor staff = fixture.staff();

        Organization accepted = organizations.decideVerification(staff, a.id(), "VERIFIED", "new business licence seen");
        Organization declined = organizations.decideVerification(staff, b.id(), "REJECTED", "the licence still shows the old name");

        assertThat(accepted.verification()).isEqualTo(Verification.VERIFIED);
        assertThat(accepted.name()).isEqualTo("Accepted Name");
        assertThat(accepted.pendingChange()).isNull();
        assertThat(declined.verification()).isEqualTo(Verification.VERIFIED);
        assertThat(declined.name()).isEqualTo(b.name());
        assertThat(declined.pendingChange()).isNull();
        assertThat(audit.about("organization", b.id())).extracting(AuditEntry::action).contains("organization.change-declined");
    }

    @Test
    void a_change_of_other_details_applies_at_once_and_is_audited_with_its_values() {
        Actor member = fixture.verifiedMember("SG");
        Organization verified = organizations.get(member, member.organizationId());

        Organization changed = organizations.update(member, verified.id(), new OrganizationDetails(verified.name(), null, "SG", List.of("FINANCE"),
                "https://harbour.example", "New words.", null, "LARGE", null, null, verified.version()));

        assertThat(changed.verification()).isEqualTo(Verification.VERIFIED);
        assertThat(changed.sectors()).extracting(Enum::name).containsExactly("FINANCE");
        assertThat(audit.about("organization", verified.id())).filteredOn(e -> e.action().equals("organization.edited")).singleElement()
                .satisfies(entry -> assertThat(entry.changes()).containsEntry("sectors", new AuditEntry.FieldChange("[BIOMEDICINE]", "[FINANCE]"))
                        .containsEntry("size", new AuditEntry.FieldChange("SME", "LARGE")));
    }

    @Test
    void a_registry_id_with_a_wrong_check_character_is_refused_and_says_so() {
        String valid = RegistryIdFixture.next("CN");
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');

        assertThatThrownBy(() -> register("CN", wrong, "LINGANG")).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                .filteredOn(error -> error.field().equals("organization.registryId")).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("wrong check character")));
    }

    @Test
    void a_second_organisation_with_a_registered_id_is_refused_and_told_to_contact_the_park() {
        String id = RegistryIdFixture.next("SG");
        register("SG", id, null);

        assertThatThrownBy(() -> register("SG", id.toLowerCase(java.util.Locale.ROOT), null)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("organization.registryId", "already-registered")));
        assertThat(organizations.awaitingVerification(0, 50).getContent()).hasSize(1);
    }

    @Test
    void a_chinese_firm_names_its_registration_area_and_a_singapore_firm_has_none() {
        assertThatThrownBy(() -> register("CN", RegistryIdFixture.next("CN"), null)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("organization.registrationArea"));
        assertThatThrownBy(() -> register("SG", RegistryIdFixture.next("SG"), "LINGANG")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("organization.registrationArea"));
        assertThatThrownBy(() -> register("CN", null, "LINGANG")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("organization.registryId"));
    }

    private void register(String jurisdiction, String registryId, String area) {
        accounts.registerConfirmed(new Registration(new OrganizationDetails("Firm", null, jurisdiction, List.of("FINANCE"), null, null, null, null, registryId,
                area, null), new Registration.NewUser(MarketplaceFixture.uniqueEmail("r"), MarketplaceFixture.PASSWORD, "R")));
    }

    private static OrganizationDetails details(Organization current, String name, String area) {
        return new OrganizationDetails(name, current.nameZh(), current.jurisdiction().name(), List.of("BIOMEDICINE"), current.website(),
                current.description(), current.descriptionZh(), "SME", current.registryId(), area, current.version());
    }
}
