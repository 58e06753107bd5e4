package dev.bridgehead.marketplace.account;

import static dev.bridgehead.marketplace.testing.MarketplaceFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.failure.TooManyRequests;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.marketplace.testing.MovableClock;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two-factor sign-in: enrolment, codes that work once, recovery codes, and who may switch it off. */
@MicronautTest(transactional = false, startApplication = false)
@Property(name = "bridgehead.test.movable-clock", value = "true")
class TwoFactorIT {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Inject
    TwoFactor twoFactor;

    @Inject
    AccountService accounts;

    @Inject
    UserRepository users;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    DatabaseCleaner database;

    @Inject
    MovableClock clock;

    @BeforeEach
    void clean() {
        clock.set(NOW);
        database.clean();
    }

    @Test
    void once_enrolled_a_staff_sign_in_needs_a_code_and_no_code_works_twice() {
        Actor staff = fixture.staff();
        String email = fixture.emailOf(staff);
        TwoFactor.Enrolment enrolment = twoFactor.begin(staff, PASSWORD, "192.0.2.50");
        assertThat(enrolment.uri()).startsWith("otpauth://totp/Bridgehead:").contains("secret=" + enrolment.secret());
        assertThat(users.findById(staff.userId()).orElseThrow().totpSecret()).as("stored sealed").startsWith("v1:").doesNotContain(enrolment.secret());
        assertThat(accounts.signIn(email, PASSWORD, null, "192.0.2.1").succeeded()).as("not in force before the first code").isTrue();

        assertThatThrownBy(() -> twoFactor.confirm(staff, "000000")).isInstanceOf(InvalidInput.class);
        List<String> recovery = twoFactor.confirm(staff, codeAt(enrolment, NOW));
        assertThat(recovery).hasSize(TwoFactor.RECOVERY_CODES).allMatch(code -> code.matches("[A-Z2-9]{5}-[A-Z2-9]{5}"));

        SignIn withoutCode = accounts.signIn(email, PASSWORD, null, "192.0.2.1");
        assertThat(withoutCode.outcome()).isEqualTo(SignIn.Outcome.SECOND_FACTOR);
        assertThat(withoutCode.challenge()).isNotBlank();

        clock.set(NOW.plusSeconds(30));
        String code = codeAt(enrolment, NOW.plusSeconds(30));
        assertThat(accounts.completeSignIn(withoutCode.challenge(), code, "192.0.2.1").succeeded()).isTrue();
        assertThat(accounts.signIn(email, PASSWORD, code, "192.0.2.1").outcome()).as("the same code again (a replay)")
                .isEqualTo(SignIn.Outcome.WRONG_CODE);
        assertThat(accounts.completeSignIn(withoutCode.challenge(), code, "192.0.2.1").succeeded()).as("a used challenge").isFalse();

        clock.set(NOW.plusSeconds(60));
        assertThat(accounts.signIn(email, PASSWORD, codeAt(enrolment, NOW.plusSeconds(60)), "192.0.2.1").succeeded()).isTrue();
    }

    @Test
    void a_stolen_session_cannot_enrol_its_own_app_without_the_password_and_wrong_codes_run_out() {
        Actor member = fixture.member("SG");
        assertThatThrownBy(() -> twoFactor.begin(member, "not the password", "192.0.2.51")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(dev.bridgehead.marketplace.failure.FieldError::code).containsExactly("wrong"));
        assertThat(users.findById(member.userId()).orElseThrow().totpSecret()).isNull();

        TwoFactor.Enrolment enrolment = twoFactor.begin(member, PASSWORD, "192.0.2.51");
        twoFactor.confirm(member, codeAt(enrolment, NOW));
        User user = users.findById(member.userId()).orElseThrow();
        for (int i = 0; i < SignInGuard.CODES_PER_DAY; i++) {
            assertThat(twoFactor.verify(user, String.format("%06d", i))).isFalse();
        }
        clock.set(NOW.plusSeconds(30));
        assertThatThrownBy(() -> twoFactor.verify(user, codeAt(enrolment, NOW.plusSeconds(30)))).as("even the right code, for a day")
                .isInstanceOf(TooManyRequests.class);
    }

    @Test
    void a_recovery_code_works_once_in_place_of_the_app() {
        Actor member = fixture.member("SG");
        String email = fixture.emailOf(member);
        TwoFactor.Enrolment enrolment = twoFactor.begin(member, PASSWORD, "192.0.2.50");
        List<String> recovery = twoFactor.confirm(member, codeAt(enrolment, NOW));

        assertThat(accounts.signIn(email, PASSWORD, recovery.get(0).toLowerCase(), "192.0.2.2").succeeded()).isTrue();
        assertThat(accounts.signIn(email, PASSWORD, recovery.get(0), "192.0.2.2").outcome()).isEqualTo(SignIn.Outcome.WRONG_CODE);
        assertThat(twoFactor.recoveryCodesLeft(member.userId())).isEqualTo(TwoFactor.RECOVERY_CODES - 1);
    }

    @Test
    void a_challenge_takes_a_few_wrong_codes_slowed_by_the_throttle_and_then_no_more() {
        Actor member = fixture.member("CN");
        TwoFactor.Enrolment enrolment = twoFactor.begin(member, PASSWORD, "192.0.2.50");
        twoFactor.confirm(member, codeAt(enrolment, NOW));
        clock.set(NOW.plusSeconds(90));
        String challenge = accounts.signIn(fixture.emailOf(member), PASSWORD, null, "192.0.2.3").challenge();

        Instant now = NOW.plusSeconds(90);
        for (int wrong = 0; wrong < TwoFactor.CHALLENGE_ATTEMPTS; ) {
            try {
                assertThat(accounts.completeSignIn(challenge, "12345" + wrong, "192.0.2.3").outcome()).isEqualTo(SignIn.Outcome.WRONG_CODE);
                wrong++;
            } catch (TooManyRequests slowed) {
                now = now.plus(slowed.retryAfter());
                clock.set(now);
            }
        }

        assertThat(accounts.completeSignIn(challenge, codeAt(enrolment, now), "192.0.2.3").succeeded()).isFalse();
    }

    @Test
    void members_may_switch_it_off_with_a_code_staff_may_not_and_an_admin_resets_it() {
        Actor member = fixture.member("SG");
        TwoFactor.Enrolment memberEnrolment = twoFactor.begin(member, PASSWORD, "192.0.2.50");
        twoFactor.confirm(member, codeAt(memberEnrolment, NOW));
        clock.set(NOW.plusSeconds(30));
        twoFactor.disable(member, PASSWORD, codeAt(memberEnrolment, NOW.plusSeconds(30)), "192.0.2.50");
        assertThat(users.findById(member.userId()).orElseThrow().hasTwoFactor()).isFalse();

        Actor staff = fixture.staff();
        TwoFactor.Enrolment staffEnrolment = twoFactor.begin(staff, PASSWORD, "192.0.2.50");
        twoFactor.confirm(staff, codeAt(staffEnrolment, NOW.plusSeconds(30)));
        clock.set(NOW.plusSeconds(60));
        assertThatThrownBy(() -> twoFactor.disable(staff, PASSWORD, codeAt(staffEnrolment, NOW.plusSeconds(60)), "192.0.2.50")).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> twoFactor.reset(fixture.staff(), staff.userId())).isInstanceOf(NotFound.class);

        Actor admin = fixture.admin();
        TwoFactor.Enrolment adminEnrolment = twoFactor.begin(admin, PASSWORD, "192.0.2.50");
        twoFactor.confirm(admin, codeAt(adminEnrolment, NOW.plusSeconds(60)));
        assertThatThrownBy(() -> twoFactor.reset(admin, admin.userId())).as("not one's own").isInstanceOf(Conflict.class);
        twoFactor.reset(admin, staff.userId());
        assertThat(accounts.signIn(fixture.emailOf(staff), PASSWORD, null, "192.0.2.4").succeeded()).isTrue();
    }

    private static String codeAt(TwoFactor.Enrolment enrolment, Instant at) {
        return Totp.code(enrolment.secret(), Totp.step(at));
    }
}
