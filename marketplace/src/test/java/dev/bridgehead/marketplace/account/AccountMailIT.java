package dev.bridgehead.marketplace.account;

import static dev.bridgehead.marketplace.testing.MarketplaceFixture.PASSWORD;
import static dev.bridgehead.marketplace.testing.MarketplaceFixture.organization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.failure.FieldError;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.TooManyRequests;
import dev.bridgehead.marketplace.mail.Mailer;
import dev.bridgehead.marketplace.mail.SmtpMailer;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.marketplace.testing.TlsMailServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Accounts with real e-mail, through a real SMTP server (SubEthaSMTP) that the mail sender must
 * upgrade with STARTTLS: confirmation, registration that tells no one whether an address is taken,
 * password reset and change.
 */
@MicronautTest(transactional = false, startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountMailIT implements TestPropertyProvider {

    static final Pattern LINK = Pattern.compile("http://bridgehead\\.test/account/(confirm|reset)/([A-Za-z0-9_-]+)");

    private TlsMailServer smtp;

    @Inject
    AccountService accounts;

    @Inject
    Sessions sessions;

    @Inject
    Mailer mailer;

    @Inject
    UserRepository users;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    DatabaseCleaner database;

    @Override
    public Map<String, String> getProperties() {
        smtp = TlsMailServer.start();
        return smtp.applicationProperties();
    }

    @AfterAll
    void stopSmtp() {
        smtp.close();
    }

    @BeforeEach
    void clean() throws Exception {
        database.clean();
        smtp.clear();
    }

    @Test
    void registration_mails_a_link_and_the_account_can_sign_in_only_once_it_is_used() throws Exception {
        assertThat(mailer).isInstanceOf(SmtpMailer.class);
        User user = accounts.register(new Registration(organization("Harbour Analytics", "SG"),
                new Registration.NewUser("Ops@Harbour.example", PASSWORD, "Ops")), "192.0.2.10");

        MimeMessage mail = nextMail("ops@harbour.example");
        assertThat(mail.getSubject()).contains("confirm your e-mail");
        assertThat(accounts.signIn("ops@harbour.example", PASSWORD, null, "192.0.2.10").outcome()).isEqualTo(SignIn.Outcome.EMAIL_UNCONFIRMED);
        assertThat(accounts.signIn("ops@harbour.example", "not the password!", null, "192.0.2.10").outcome())
                .as("a wrong password tells nothing").isEqualTo(SignIn.Outcome.WRONG);

        String token = link(mail, "confirm");
        assertThat(accounts.confirmEmail(token).id()).isEqualTo(user.id());
        assertThat(accounts.signIn("ops@harbour.example", PASSWORD, null, "192.0.2.10").succeeded()).isTrue();
        assertThatThrownBy(() -> accounts.confirmEmail(token)).as("the link works once").isInstanceOf(InvalidInput.class);
    }

    @Test
    void registering_a_taken_address_answers_alike_and_tells_only_its_owner() throws Exception {
        Actor owner = fixture.member("CN");
        String email = fixture.emailOf(owner);

        User second = accounts.register(new Registration(organization("Copycat", "SG"), new Registration.NewUser(email, "another long passphrase", "X")),
                "192.0.2.11");

        assertThat(second.id()).isNotNull().isNotEqualTo(owner.userId());
        assertThat(second.organizationId()).isNotNull();
        MimeMessage mail = nextMail(email);
        assertThat(mail.getSubject()).contains("already have an account");
        assertThat(body(mail)).doesNotContain("/account/confirm/");
        assertThat(accounts.signIn(email, PASSWORD, null, "192.0.2.11").succeeded()).as("the owner is untouched").isTrue();
        assertThat(accounts.signIn(email, "another long passphrase", null, "192.0.2.11").outcome()).isEqualTo(SignIn.Outcome.WRONG);
    }

    @Test
    void of_two_unconfirmed_registrations_of_one_address_the_first_confirmed_keeps_it() throws Exception {
        accounts.register(new Registration(organization("First", "SG"), new Registration.NewUser("twice@example.sg", PASSWORD, "A")), "192.0.2.12");
        MimeMessage firstMail = nextMail("twice@example.sg");
        assertThat(body(firstMail)).as("the e-mail names the organisation").contains("First");
        String first = link(firstMail, "confirm");
        smtp.clear();
        accounts.register(new Registration(organization("Second", "SG"), new Registration.NewUser("twice@example.sg", "second long passphrase", "B")),
                "192.0.2.12");
        String second = link(nextMail("twice@example.sg"), "confirm");

        accounts.confirmEmail(second);

        assertThatThrownBy(() -> accounts.confirmEmail(first)).isInstanceOf(dev.bridgehead.marketplace.failure.Conflict.class);
        assertThat(accounts.signIn("twice@example.sg", "second long passphrase", null, "192.0.2.12").succeeded()).isTrue();
    }

    @Test
    void a_reset_link_works_once_ends_every_session_and_an_unknown_address_gets_the_same_answer() throws Exception {
        Actor member = fixture.member("SG");
        String email = fixture.emailOf(member);
        String session = sessions.start(member.userId(), Duration.ofHours(8), null, null);

        accounts.requestPasswordReset("nobody@example.com", "192.0.2.13");
        accounts.requestPasswordReset(email.toUpperCase(), "192.0.2.13");

        MimeMessage mail = nextMail(email);
        String token = link(mail, "reset");
        assertThat(accounts.isResetLinkValid(token)).isTrue();
        assertThatThrownBy(() -> accounts.resetPassword(token, "password123456")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::code).containsExactly("too-common"));
        assertThat(accounts.isResetLinkValid(token)).as("a refused password does not use the link up").isTrue();

        accounts.resetPassword(token, "a brand new passphrase");

        assertThat(sessions.isEnded(session)).isTrue();
        assertThat(accounts.signIn(email, "a brand new passphrase", null, "192.0.2.13").succeeded()).isTrue();
        assertThatThrownBy(() -> accounts.resetPassword(token, "yet another passphrase")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void resets_are_limited_per_account_and_per_address() throws Exception {
        String email = fixture.emailOf(fixture.member("CN"));
        for (int i = 0; i < AccountService.RESETS_PER_ACCOUNT + 2; i++) {
            accounts.requestPasswordReset(email, "192.0.2.14");
        }
        for (int i = 0; i < AccountService.RESETS_PER_ACCOUNT; i++) {
            nextMail(email);
        }

        for (int i = AccountService.RESETS_PER_ACCOUNT + 2; i < AccountService.MAILS_PER_ADDRESS; i++) {
            accounts.requestPasswordReset("someone" + i + "@example.com", "192.0.2.14");
        }
        assertThatThrownBy(() -> accounts.requestPasswordReset(email, "192.0.2.14")).isInstanceOf(TooManyRequests.class);
        accounts.requestPasswordReset(email, "192.0.2.99");
        assertThat(smtp.all()).as("the account's limit holds from another address too").hasSize(AccountService.RESETS_PER_ACCOUNT);
    }

    @Test
    void changing_the_password_needs_the_current_one_and_ends_the_other_sessions() {
        Actor member = fixture.member("SG");
        String here = sessions.start(member.userId(), Duration.ofHours(8), null, null);
        String elsewhere = sessions.start(member.userId(), Duration.ofHours(8), null, null);

        assertThatThrownBy(() -> accounts.changePassword(member, "not my password", "a brand new passphrase", here, "192.0.2.15"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("currentPassword"));
        accounts.changePassword(member, PASSWORD, "a brand new passphrase", here, "192.0.2.15");

        assertThat(sessions.isEnded(elsewhere)).isTrue();
        assertThat(sessions.isEnded(here)).isFalse();
        assertThat(accounts.signIn(fixture.emailOf(member), "a brand new passphrase", null, "192.0.2.15").succeeded()).isTrue();
    }

    @Test
    void registrations_are_limited_per_address_and_refused_ones_do_not_count() {
        Registration bad = new Registration(organization("", "SG"), new Registration.NewUser("x@example.com", PASSWORD, "X"));
        assertThatThrownBy(() -> accounts.register(bad, "192.0.2.16")).isInstanceOf(InvalidInput.class);
        for (int i = 0; i < AccountService.REGISTRATIONS_PER_ADDRESS; i++) {
            accounts.register(new Registration(organization("Firm " + i, "SG"), new Registration.NewUser("firm" + i + "@example.com", PASSWORD, "F")),
                    "192.0.2.16");
        }
        assertThatThrownBy(() -> accounts.register(new Registration(organization("One more", "SG"),
                new Registration.NewUser("more@example.com", PASSWORD, "M")), "192.0.2.16")).isInstanceOf(TooManyRequests.class);
        assertThat(users.existsByEmail("more@example.com")).isFalse();
    }

    private MimeMessage nextMail(String to) throws Exception {
        MimeMessage next = smtp.next();
        assertThat(next).as("a message arrived").isNotNull();
        assertThat(next.getAllRecipients()[0].toString()).isEqualTo(to.toLowerCase());
        return next;
    }

    private static String body(MimeMessage mail) throws Exception {
        return mail.getContent().toString();
    }

    private static String link(MimeMessage mail, String kind) throws Exception {
        Matcher matcher = LINK.matcher(body(mail));
        assertThat(matcher.find()).as("a link in: %s", body(mail)).isTrue();
        assertThat(matcher.group(1)).isEqualTo(kind);
        return matcher.group(2);
    }
}
