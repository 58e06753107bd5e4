package dev.bridgehead.marketplace.account;

import static dev.bridgehead.marketplace.testing.MarketplaceFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.audit.AuditEntry;
import dev.bridgehead.marketplace.audit.AuditQuery;
import dev.bridgehead.marketplace.audit.AuditSearch;
import dev.bridgehead.marketplace.failure.TooManyRequests;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.marketplace.testing.MovableClock;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sign-in throttle against the attacks it is for: guessing, locking the owner out, spraying. */
@MicronautTest(transactional = false, startApplication = false)
@Property(name = "bridgehead.test.movable-clock", value = "true")
class SignInGuardIT {

    static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    @Inject
    AccountService accounts;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    AuditSearch audit;

    @Inject
    DatabaseCleaner database;

    @Inject
    MovableClock clock;

    @BeforeEach
    void clean() {
        clock.set(START);
        database.clean();
    }

    @Test
    void a_guesser_is_slowed_by_a_delay_that_doubles_while_the_owner_signs_in_from_elsewhere() {
        String email = fixture.emailOf(fixture.member("SG"));
        for (int i = 1; i <= SignInGuard.FREE_FAILURES; i++) {
            assertThat(accounts.signIn(email, "guess " + i, "203.0.113.9")).isEmpty();
        }
        assertThat(accounts.signIn(email, "guess 4", "203.0.113.9")).isEmpty();

        assertThatThrownBy(() -> accounts.signIn(email, PASSWORD, "203.0.113.9")).isInstanceOfSatisfying(TooManyRequests.class,
                refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        assertThat(accounts.signIn(email, PASSWORD, "198.51.100.20")).as("the owner, elsewhere").isPresent();

        clock.set(START.plusSeconds(2));
        assertThat(accounts.signIn(email, "guess 5", "203.0.113.9")).isEmpty();
        assertThatThrownBy(() -> accounts.signIn(email, "guess 6", "203.0.113.9")).isInstanceOfSatisfying(TooManyRequests.class,
                refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void the_delay_grows_to_at_most_the_window() {
        assertThat(SignInGuard.delayAfter(3)).isZero();
        assertThat(SignInGuard.delayAfter(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignInGuard.delayAfter(7)).isEqualTo(Duration.ofSeconds(8));
        assertThat(SignInGuard.delayAfter(40)).isEqualTo(SignInGuard.WINDOW);
    }

    @Test
    void a_burst_from_many_addresses_refuses_the_account_except_where_its_owner_signed_in_before_and_tells_staff() {
        String email = fixture.emailOf(fixture.member("CN"));
        assertThat(accounts.signIn(email, PASSWORD, "198.51.100.20")).isPresent();
        for (int i = 0; i < SignInGuard.PER_ACCOUNT; i++) {
            assertThat(accounts.signIn(email, "guess " + i, "10.1." + (i / 200) + "." + (i % 200))).isEmpty();
        }

        assertThatThrownBy(() -> accounts.signIn(email, PASSWORD, "10.2.0.1")).isInstanceOf(TooManyRequests.class);
        assertThat(accounts.signIn(email, PASSWORD, "198.51.100.20")).as("the owner's usual address").isPresent();
        assertThat(audit.search(fixture.staff(), AuditQuery.everything(), 0, 100).getContent()).extracting(AuditEntry::action).contains("sign-in.account-burst");

        clock.set(START.plus(SignInGuard.WINDOW).plusSeconds(1));
        assertThat(accounts.signIn(email, PASSWORD, "10.2.0.1")).as("after the window").isPresent();
    }

    @Test
    void one_address_trying_many_accounts_is_refused_new_ones_and_staff_are_told() {
        for (int i = 0; i < SignInGuard.ACCOUNTS_PER_ADDRESS; i++) {
            assertThat(accounts.signIn("victim" + i + "@example.com", "Summer2026!", "192.0.2.7")).isEmpty();
        }
        String someone = fixture.emailOf(fixture.member("SG"));

        assertThatThrownBy(() -> accounts.signIn(someone, PASSWORD, "192.0.2.7")).isInstanceOf(TooManyRequests.class);
        assertThat(accounts.signIn(someone, PASSWORD, "192.0.2.8")).as("another address").isPresent();
        assertThat(audit.search(fixture.staff(), AuditQuery.everything(), 0, 100).getContent()).extracting(AuditEntry::action).containsOnlyOnce("sign-in.address-burst");
    }

    @Test
    void an_ipv6_network_counts_as_one_address_and_the_owner_signs_in_from_their_known_address_inside_it() {
        String owner = fixture.emailOf(fixture.member("CN"));
        assertThat(accounts.signIn(owner, PASSWORD, "2001:db8:1:2::42")).isPresent();
        for (int i = 0; i < SignInGuard.ACCOUNTS_PER_ADDRESS; i++) {
            assertThat(accounts.signIn("victim" + i + "@example.com", "guess", "2001:db8:1:2::" + Integer.toHexString(100 + i))).isEmpty();
        }
        String someone = fixture.emailOf(fixture.member("SG"));

        assertThatThrownBy(() -> accounts.signIn(someone, PASSWORD, "2001:db8:1:2:ffff::1")).as("another address of the same /64")
                .isInstanceOf(TooManyRequests.class);
        assertThat(accounts.signIn(someone, PASSWORD, "2001:db8:1:3::1")).as("the next /64").isPresent();
        assertThat(accounts.signIn(owner, PASSWORD, "2001:db8:1:2::42")).as("the owner, from where they signed in before").isPresent();
        assertThat(NetworkAddresses.key("2001:DB8:1:2:aaaa::1")).isEqualTo(NetworkAddresses.key("2001:db8:1:2::7"));
        assertThat(NetworkAddresses.key("203.0.113.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void one_address_failing_too_often_is_refused_altogether() {
        Instant now = START;
        for (int failures = 0; failures < SignInGuard.PER_ADDRESS; ) {
            try {
                accounts.signIn("victim" + (failures % SignInGuard.ACCOUNTS_PER_ADDRESS) + "@example.com", "guess", "192.0.2.9");
                failures++;
            } catch (TooManyRequests delayed) {
                now = now.plus(delayed.retryAfter());
                clock.set(now);
            }
        }
        String someone = fixture.emailOf(fixture.member("SG"));

        assertThatThrownBy(() -> accounts.signIn(someone, PASSWORD, "192.0.2.9")).isInstanceOf(TooManyRequests.class)
                .hasMessageContaining("minutes");
    }
}
