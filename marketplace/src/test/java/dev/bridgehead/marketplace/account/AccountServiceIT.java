package dev.bridgehead.marketplace.account;

import static dev.bridgehead.marketplace.testing.MarketplaceFixture.PASSWORD;
import static dev.bridgehead.marketplace.testing.MarketplaceFixture.organization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.failure.FieldError;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.organization.OrganizationDetails;
import dev.bridgehead.marketplace.organization.OrganizationRepository;
import dev.bridgehead.marketplace.organization.Verification;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class AccountServiceIT {

    @Inject
    AccountService accounts;

    @Inject
    OrganizationRepository organizations;

    @Inject
    UserRepository users;

    @Inject
    DatabaseCleaner database;

    @BeforeEach
    void clean() {
        database.clean();
    }

    @Test
    void registering_creates_an_unverified_organisation_and_its_first_member_with_a_hashed_password() {
        User user = accounts.register(new Registration(organization("Lingang Genomics", "CN"),
                new Registration.NewUser("Founder@Example.com", PASSWORD, "Wang Li")), "192.0.2.1");

        assertThat(user.email()).isEqualTo("founder@example.com");
        assertThat(user.role()).isEqualTo(Role.MEMBER);
        assertThat(user.passwordHash()).startsWith("$argon2id$").doesNotContain(PASSWORD);
        assertThat(organizations.findById(user.organizationId()).orElseThrow().verification()).isEqualTo(Verification.UNVERIFIED);
        assertThat(user.isEmailConfirmed()).isFalse();
    }

    @Test
    void bad_registration_reports_every_bad_field_and_stores_nothing() {
        OrganizationDetails bad = new OrganizationDetails("", null, "MY", List.of("BIOMEDICINE", "SPACE"), "javascript:alert(1)", null, null, "HUGE",
                "913101150000000000", null, null);

        assertThatThrownBy(() -> accounts.register(new Registration(bad, new Registration.NewUser("not-an-email", "short", "")), "192.0.2.1"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                        "user.email", "user.password", "user.displayName", "organization.name", "organization.jurisdiction",
                        "organization.sectors[1]", "organization.website", "organization.size"));
        assertThat(organizations.count()).isZero();
        assertThat(users.count()).isZero();
    }

    @Test
    void the_park_registers_an_address_only_once_and_the_second_organisation_is_not_stored() {
        accounts.registerConfirmed(new Registration(organization("First", "SG"), new Registration.NewUser("ops@example.com", PASSWORD, "Ops")));

        assertThatThrownBy(() -> accounts.registerConfirmed(new Registration(organization("Second", "SG"),
                new Registration.NewUser("OPS@example.com", PASSWORD, "Ops"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::code).containsExactly("taken"));
        assertThat(organizations.count()).isEqualTo(1);
    }

    @Test
    void new_passwords_must_be_long_and_uncommon() {
        for (String weak : List.of("short pass", "password2026!", "Qwertyuiop123", "aaaaaaaaaaaaaa", "123456789012345", "abcabcabcabc", "ops-team-of-ops@x")) {
            assertThatThrownBy(() -> accounts.registerConfirmed(new Registration(organization("Weak", "SG"),
                    new Registration.NewUser("ops-team@example.com", weak, "Ops"))))
                    .as(weak).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactly("user.password"));
        }
        assertThat(organizations.count()).isZero();
    }

    @Test
    void sign_in_takes_the_right_password_and_refuses_a_wrong_one() {
        accounts.registerConfirmed(new Registration(organization("Harbour", "SG"), new Registration.NewUser("a@example.com", PASSWORD, "A")));

        assertThat(accounts.signIn("A@example.com", PASSWORD, "10.0.0.1")).hasValueSatisfying(actor -> assertThat(actor.role()).isEqualTo(Role.MEMBER));
        assertThat(accounts.signIn("a@example.com", "wrong password!", "10.0.0.1")).isEmpty();
        assertThat(accounts.signIn("nobody@example.com", PASSWORD, "10.0.0.1")).isEmpty();
    }

    @Test
    void a_name_is_one_line_so_it_cannot_forge_lines_in_an_e_mail_or_the_log() {
        assertThatThrownBy(() -> accounts.registerConfirmed(new Registration(organization("Org\r\nSubject: hi", "SG"),
                new Registration.NewUser("forger@example.com", PASSWORD, "Evil\r\nBcc: x@y.z"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("user.displayName", "organization.name"));
        assertThat(dev.bridgehead.marketplace.mail.LogMailer.oneLine("line one\r\nE-mail to someone: forged")).doesNotContain("\n").doesNotContain("\r");
    }
}
