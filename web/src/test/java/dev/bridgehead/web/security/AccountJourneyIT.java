package dev.bridgehead.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.account.Totp;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.marketplace.testing.RegistryIdFixture;
import dev.bridgehead.marketplace.testing.TlsMailServer;
import dev.bridgehead.web.api.ApiClient;
import dev.bridgehead.web.page.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Accounts through the pages and the API, with e-mail sent through a real SMTP server that requires
 * STARTTLS: register and confirm from the link, reset a forgotten password, switch on two-factor
 * sign-in and sign in with a code (in English and in Chinese), and a replayed code refused.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountJourneyIT implements TestPropertyProvider {

    static final Pattern LINK = Pattern.compile("http://bridgehead\\.test(/account/(?:confirm|reset)/[A-Za-z0-9_-]+)");
    static final Pattern SECRET = Pattern.compile("<code>([A-Z2-7]{32})</code>");
    static final Pattern RECOVERY = Pattern.compile("<code>([A-Z2-9]{5}-[A-Z2-9]{5})</code>");
    static final Pattern CHALLENGE = Pattern.compile("name=\"challenge\" value=\"([^\"]+)\"");

    private TlsMailServer mail;

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    DatabaseCleaner database;

    @Override
    public Map<String, String> getProperties() {
        mail = TlsMailServer.start();
        return mail.applicationProperties();
    }

    @AfterAll
    void stopMail() {
        mail.close();
    }

    @BeforeEach
    void clean() {
        database.clean();
        mail.clear();
    }

    @Test
    void a_firm_registers_confirms_from_the_link_and_signs_in() throws Exception {
        Browser browser = new Browser(server.getURI());
        HttpResponse<String> registered = browser.post("/register", Map.of("name", List.of("Harbour Data"), "jurisdiction", List.of("SG"),
                "registryId", List.of(RegistryIdFixture.next("SG")), "sectors", List.of("FINANCE"), "displayName", List.of("Mei"),
                "email", List.of("mei@harbour.example"), "password", List.of("a long and careful passphrase")));
        assertThat(registered.headers().firstValue("Location")).hasValue("/account/registered");
        assertThat(browser.get("/account/registered").body()).contains("Check your inbox");

        HttpResponse<String> early = browser.post("/login", Map.of("email", List.of("mei@harbour.example"),
                "password", List.of("a long and careful passphrase")));
        assertThat(early.statusCode()).isEqualTo(403);
        assertThat(early.body()).contains("Confirm your e-mail address first").contains("action=\"/account/resend\"");

        String link = linkIn(mail.next());
        HttpResponse<String> confirmPage = browser.get(link);
        assertThat(confirmPage.statusCode()).as("opening the link confirms nothing by itself").isEqualTo(200);
        assertThat(browser.post("/login", Map.of("email", List.of("mei@harbour.example"), "password", List.of("a long and careful passphrase")))
                .statusCode()).isEqualTo(403);
        String token = link.substring(link.lastIndexOf('/') + 1);
        HttpResponse<String> confirmed = browser.post("/account/confirm", Map.of("token", List.of(token)));
        assertThat(confirmed.headers().firstValue("Location")).hasValue("/login?notice=emailConfirmed");

        assertThat(browser.post("/login", Map.of("email", List.of("mei@harbour.example"), "password", List.of("a long and careful passphrase")))
                .statusCode()).isEqualTo(303);
        assertThat(browser.post("/account/confirm", Map.of("token", List.of(token))).statusCode()).as("the link works once").isEqualTo(400);
    }

    @Test
    void a_forgotten_password_is_reset_from_the_link_in_chinese_too() throws Exception {
        Actor member = fixture.member("CN");
        String email = fixture.emailOf(member);
        Browser browser = new Browser(server.getURI());
        browser.get("/language?to=zh");

        HttpResponse<String> asked = browser.post("/account/reset-request", Map.of("email", List.of(email)));
        assertThat(asked.body()).contains("请查收邮件");
        HttpResponse<String> unknown = browser.post("/account/reset-request", Map.of("email", List.of("nobody@example.com")));
        assertThat(unknown.body()).as("an unknown address gets the same page").isEqualTo(asked.body());

        String link = linkIn(mail.next());
        assertThat(browser.get(link).body()).contains("设置新密码");
        HttpResponse<String> weak = browser.post(link, Map.of("password", List.of("password12345")));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("常见或已泄露的密码");

        assertThat(browser.post(link, Map.of("password", List.of("harbour lights at dawn"))).headers().firstValue("Location"))
                .hasValue("/login?notice=passwordReset");
        assertThat(browser.get(link).statusCode()).as("used up").isEqualTo(400);
        assertThat(browser.post("/login", Map.of("email", List.of(email), "password", List.of("harbour lights at dawn"))).statusCode()).isEqualTo(303);
    }

    @Test
    void staff_switch_on_two_factor_sign_in_and_then_sign_in_with_a_code_that_works_once() throws Exception {
        Actor staff = fixture.staff();
        String email = fixture.emailOf(staff);
        Browser browser = Browser.signedIn(server.getURI(), email);
        HttpResponse<String> withoutPassword = browser.post("/my/account/two-factor/begin", Map.of("confirmPassword", List.of("not my password")));
        assertThat(withoutPassword.statusCode()).as("a stolen session cannot enrol its own app").isEqualTo(400);
        assertThat(browser.get("/my/account").body()).doesNotContain("<svg");
        browser.post("/my/account/two-factor/begin", Map.of("confirmPassword", List.of(MarketplaceFixture.PASSWORD)));
        String enrolment = browser.get("/my/account").body();
        assertThat(enrolment).contains("<svg").contains("action=\"/my/account/two-factor/confirm\"");
        String secret = match(SECRET, enrolment);

        HttpResponse<String> on = browser.post("/my/account/two-factor/confirm", Map.of("code", List.of(Totp.codeAt(secret, Instant.now()))));
        assertThat(on.statusCode()).isEqualTo(200);
        assertThat(RECOVERY.matcher(on.body()).results().count()).isEqualTo(10);
        String recovery = match(RECOVERY, on.body());
        assertThat(browser.get("/my/account").body()).as("recovery codes are shown once").doesNotContain(recovery).doesNotContain("two-factor/disable");

        Browser later = new Browser(server.getURI());
        HttpResponse<String> first = later.post("/login", Map.of("email", List.of(email), "password", List.of(MarketplaceFixture.PASSWORD)));
        assertThat(first.statusCode()).isEqualTo(200);
        String challenge = match(CHALLENGE, first.body());
        HttpResponse<String> wrong = later.post("/login/code", Map.of("challenge", List.of(challenge), "code", List.of("000000")));
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> signedIn = later.post("/login/code", Map.of("challenge", List.of(challenge), "code", List.of(recovery)));
        assertThat(signedIn.statusCode()).isEqualTo(303);

        ApiClient api = new ApiClient(server.getURL().toString());
        String credentials = "{\"email\":\"" + email + "\",\"password\":\"" + MarketplaceFixture.PASSWORD + "\"";
        assertThat(api.send("POST", "/api/v1/auth/token", credentials + "}", null).body()).contains("\"code\":\"second-factor-required\"");
        String code = Totp.codeAt(secret, Instant.now());
        api.send("POST", "/api/v1/auth/token", credentials + ",\"code\":\"" + code + "\"}", null);
        HttpResponse<String> replayed = api.send("POST", "/api/v1/auth/token", credentials + ",\"code\":\"" + code + "\"}", null);
        // If the enrolment's code was of this same time step, the first is refused as a replay too; the second always is.
        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.body()).contains("\"code\":\"second-factor-wrong\"");
    }

    private static String linkIn(MimeMessage message) throws Exception {
        assertThat(message).as("an e-mail arrived").isNotNull();
        Matcher matcher = LINK.matcher(message.getContent().toString());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String match(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }
}
