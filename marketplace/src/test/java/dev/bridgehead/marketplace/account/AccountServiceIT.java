package dev.bridgehead.marketplace.account;

import static dev.bridgehead.marketplace.testing.MarketplaceFixture.PASSWORD;
import static dev.bridgehead.marketplace.testing.MarketplaceFixture.organization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.failure.FieldError;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.TooManyRequests;
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
                new Registration.NewUser("Founder@Example.com", PASSWORD, "Wang Li")));

        assertThat(user.email()).isEqualTo("founder@example.com");
        assertThat(user.role()).isEqualTo(Role.MEMBER);
        assertThat(user.passwordHash()).startsWith("$argon2id$").doesNotContain(PASSWORD);
        assertThat(organizations.findById(user.organizationId()).orElseThrow().verification()).isEqualTo(Verification.UNVERIFIED);
    }

    @Test
    void bad_registration_reports_every_bad_field_and_stores_nothing() {
        OrganizationDetails bad = new OrganizationDetails("", null, "MY", List.of("BIOMEDICINE", "SPACE"), "javascript:alert(1)", null, null, "HUGE",
                "913101150000000000", null, null);

        assertThatThrownBy(() -> accounts.register(new Registration(bad, new Registration.NewUser("not-an-email", "short", ""))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                        "user.email", "user.password", "user.displayName", "organization.name", "organization.jurisdiction",
                        "organization.sectors[1]", "organization.website", "organization.size"));
        assertThat(organizations.count()).isZero();
        assertThat(users.count()).isZero();
    }

    @Test
    void an_email_registers_only_once_and_the_second_organisation_is_not_stored() {
        accounts.register(new Registration(organization("First", "SG"), new Registration.NewUser("ops@example.com", PASSWORD, "Ops")));

        assertThatThrownBy(() -> accounts.register(new Registration(organization("Second", "SG"),
                new Registration.NewUser("OPS@example.com", PASSWORD, "Ops"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::code).containsExactly("taken"));
        assertThat(organizations.count()).isEqualTo(1);
    }

    @Test
    void sign_in_takes_the_right_password_and_refuses_a_wrong_one() {
        accounts.register(new Registration(organization("Harbour", "SG"), new Registration.NewUser("a@example.com", PASSWORD, "A")));

        assertThat(accounts.signIn("A@example.com", PASSWORD, "10.0.0.1")).hasValueSatisfying(actor -> assertThat(actor.role()).isEqualTo(Role.MEMBER));
        assertThat(accounts.signIn("a@example.com", "wrong password!", "10.0.0.1")).isEmpty();
        assertThat(accounts.signIn("nobody@example.com", PASSWORD, "10.0.0.1")).isEmpty();
    }

    @Test
    void after_five_failures_an_account_is_refused_for_a_while_even_with_the_right_password() {
        accounts.register(new Registration(organization("Harbour", "SG"), new Registration.NewUser("b@example.com", PASSWORD, "B")));
        for (int i = 0; i < SignInGuard.PER_ACCOUNT; i++) {
            assertThat(accounts.signIn("b@example.com", "guess number " + i, "10.0.0." + i)).isEmpty();
        }

        assertThatThrownBy(() -> accounts.signIn("b@example.com", PASSWORD, "10.0.0.99")).isInstanceOf(TooManyRequests.class);
    }

    @Test
    void one_address_guessing_many_accounts_is_refused_after_twenty_failures() {
        for (int i = 0; i < SignInGuard.PER_ADDRESS; i++) {
            accounts.signIn("victim" + i + "@example.com", "guess", "192.0.2.7");
        }

        assertThatThrownBy(() -> accounts.signIn("someone@example.com", PASSWORD, "192.0.2.7")).isInstanceOf(TooManyRequests.class);
        assertThat(accounts.signIn("someone@example.com", PASSWORD, "192.0.2.8")).isEmpty();
    }
}
