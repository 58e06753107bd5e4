package dev.bridgehead.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.marketplace.testing.RegistryIdFixture;
import dev.bridgehead.web.api.ApiClient;
import dev.bridgehead.web.page.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The probes of the security review (#15), each turned into a test: spoofed forwarded headers,
 * sign-in after sign-out, stale CSRF pairings, enumeration through registration, unconfirmed
 * accounts, sessions ended by a password change or by staff.
 */
@MicronautTest(transactional = false)
class AccountSecurityIT {

    static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    AccountService accounts;

    @Inject
    DatabaseCleaner database;

    private ApiClient api;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void clean() {
        database.clean();
        api = new ApiClient(server.getURL().toString());
    }

    @Test
    void a_forwarded_for_header_from_an_untrusted_client_is_ignored_so_spraying_cannot_hide_behind_it() throws Exception {
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> failed = tokenFrom("10.9.0." + i, "victim" + i + "@example.com", "Winter2026-guess");
            assertThat(failed.statusCode()).isEqualTo(401);
        }
        String someone = fixture.emailOf(fixture.member("SG"));

        HttpResponse<String> refused = tokenFrom("10.9.1.1", someone, MarketplaceFixture.PASSWORD);

        assertThat(refused.statusCode()).as("every attempt came from 127.0.0.1, whatever the header said").isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void a_token_stops_working_when_its_session_is_signed_out() throws Exception {
        String token = api.token(fixture.emailOf(fixture.member("CN")));
        assertThat(api.send("GET", "/api/v1/account", null, token).statusCode()).isEqualTo(200);

        assertThat(api.send("POST", "/api/v1/auth/logout", null, token).statusCode()).isEqualTo(204);

        assertThat(api.send("GET", "/api/v1/account", null, token).statusCode()).isEqualTo(401);
        assertThat(api.send("GET", "/api/v1/needs/1/matches", null, token).statusCode()).isEqualTo(401);
    }

    @Test
    void a_session_cookie_copied_before_sign_out_is_worthless_after_it() throws Exception {
        Actor member = fixture.member("SG");
        Browser browser = Browser.signedIn(server.getURI(), fixture.emailOf(member));
        String cookie = browser.cookieHeader();
        assertThat(page("/my/account", cookie).statusCode()).isEqualTo(200);

        assertThat(browser.post("/logout", Map.of()).statusCode()).isEqualTo(303);

        HttpResponse<String> replayed = page("/my/account", cookie);
        assertThat(replayed.statusCode()).as("the old cookie sends the browser to sign in").isIn(302, 303, 401);
        assertThat(replayed.body()).doesNotContain(member.displayName());
    }

    @Test
    void a_password_change_ends_every_other_session_and_staff_can_end_them_all() throws Exception {
        Actor member = fixture.member("CN");
        String email = fixture.emailOf(member);
        String laptop = api.token(email);
        String phone = api.token(email);

        HttpResponse<String> changed = api.send("POST", "/api/v1/account/password",
                "{\"currentPassword\":\"" + MarketplaceFixture.PASSWORD + "\",\"password\":\"a completely new passphrase\"}", laptop);
        assertThat(changed.statusCode()).isEqualTo(204);
        assertThat(api.send("GET", "/api/v1/account", null, phone).statusCode()).isEqualTo(401);
        assertThat(api.send("GET", "/api/v1/account", null, laptop).statusCode()).isEqualTo(200);

        String staff = api.token(fixture.emailOf(fixture.staff()));
        assertThat(api.send("POST", "/api/v1/users/" + member.userId() + "/sessions/end", null, laptop).statusCode()).isEqualTo(403);
        HttpResponse<String> ended = api.send("POST", "/api/v1/users/" + member.userId() + "/sessions/end", null, staff);
        assertThat(ended.body()).contains("\"ended\":1");
        assertThat(api.send("GET", "/api/v1/account", null, laptop).statusCode()).isEqualTo(401);
    }

    @Test
    void a_weak_new_password_is_refused_with_its_field_and_changes_nothing() throws Exception {
        Actor member = fixture.member("SG");
        String token = api.token(fixture.emailOf(member));

        HttpResponse<String> refused = api.send("POST", "/api/v1/account/password",
                "{\"currentPassword\":\"" + MarketplaceFixture.PASSWORD + "\",\"password\":\"iloveyou2026\"}", token);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"password\"").contains("too-common");
        assertThat(api.token(fixture.emailOf(member))).as("the old password still works").doesNotContain("status");
    }

    @Test
    void a_form_token_from_before_sign_in_or_from_another_session_is_refused() throws Exception {
        Actor member = fixture.member("CN");
        Browser browser = new Browser(server.getURI());
        String anonymousToken = tokenIn(browser.get("/login").body());
        assertThat(browser.post("/login", Map.of("email", List.of(fixture.emailOf(member)), "password", List.of(MarketplaceFixture.PASSWORD)))
                .statusCode()).isEqualTo(303);

        HttpResponse<String> stale = browser.postRaw("/my/account/sessions/end-others", "csrfToken=" + anonymousToken);
        assertThat(stale.statusCode()).isEqualTo(403);

        Browser other = Browser.signedIn(server.getURI(), fixture.emailOf(fixture.member("SG")));
        String othersToken = tokenIn(other.get("/my/account").body());
        HttpResponse<String> foreign = browser.postRaw("/my/account/sessions/end-others", "csrfToken=" + othersToken);
        assertThat(foreign.statusCode()).isEqualTo(403);

        String ownToken = tokenIn(browser.get("/my/account").body());
        assertThat(browser.postRaw("/my/account/sessions/end-others", "csrfToken=" + ownToken).statusCode()).isEqualTo(303);
    }

    @Test
    void registering_answers_alike_whether_or_not_the_address_is_taken() throws Exception {
        String taken = fixture.emailOf(fixture.member("SG"));

        HttpResponse<String> forTaken = api.send("POST", "/api/v1/register", registration(taken), null);
        HttpResponse<String> forNew = api.send("POST", "/api/v1/register", registration("fresh@example.sg"), null);

        assertThat(forTaken.statusCode()).isEqualTo(201);
        assertThat(forNew.statusCode()).isEqualTo(201);
        assertThat(shape(forTaken.body())).isEqualTo(shape(forNew.body()));
        assertThat(forTaken.body()).doesNotContain("taken").doesNotContain("already");

        Browser browser = new Browser(server.getURI());
        for (String email : List.of(taken, "other-fresh@example.sg")) {
            HttpResponse<String> page = browser.post("/register", Map.of("name", List.of("Firm"), "jurisdiction", List.of("SG"),
                    "registryId", List.of(RegistryIdFixture.next("SG")), "sectors", List.of("FINANCE"), "displayName", List.of("A"),
                    "email", List.of(email), "password", List.of("a long and careful passphrase")));
            assertThat(page.statusCode()).isEqualTo(303);
            assertThat(page.headers().firstValue("Location")).hasValue("/account/registered");
        }
    }

    @Test
    void an_unconfirmed_account_gets_no_token_until_staff_vouch_for_its_address() throws Exception {
        HttpResponse<String> registered = api.send("POST", "/api/v1/register", registration("new@example.sg"), null);
        String userId = registered.body().replaceAll(".*\"user\":\\{\"id\":\"(\\d+)\".*", "$1");

        HttpResponse<String> refused = api.send("POST", "/api/v1/auth/token", "{\"email\":\"new@example.sg\",\"password\":\"a long and careful passphrase\"}",
                null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"code\":\"email-unconfirmed\"");
        HttpResponse<String> wrong = api.send("POST", "/api/v1/auth/token", "{\"email\":\"new@example.sg\",\"password\":\"not the passphrase\"}", null);
        assertThat(wrong.statusCode()).as("a wrong password reveals nothing").isEqualTo(401);

        String staff = api.token(fixture.emailOf(fixture.staff()));
        assertThat(api.send("POST", "/api/v1/users/" + userId + "/confirm-email", null, staff).body()).contains("\"emailConfirmed\":true");
        assertThat(api.send("POST", "/api/v1/auth/token", "{\"email\":\"new@example.sg\",\"password\":\"a long and careful passphrase\"}", null)
                .statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> tokenFrom(String forwardedFor, String email, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/auth/token")).header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> page(String path, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(server.getURI().resolve(path)).header("Accept", "text/html").header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String tokenIn(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a form token in the page").isTrue();
        return matcher.group(1);
    }

    private static String registration(String email) {
        return "{\"organization\":{\"name\":\"Harbour Data\",\"jurisdiction\":\"SG\",\"sectors\":[\"FINANCE\"],\"registryId\":\""
                + RegistryIdFixture.next("SG") + "\"},\"user\":{\"email\":\"" + email + "\",\"password\":\"a long and careful passphrase\","
                + "\"displayName\":\"Ops\"}}";
    }

    /** The answer with ids, names, addresses and times blanked: what must not differ between a taken and a new address. */
    private static String shape(String body) {
        return body.replaceAll("\"\\d+\"", "\"#\"").replaceAll("\"[^\"]*@[^\"]*\"", "\"@\"").replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z", "T")
                .replaceAll("\"registryId\":\"[^\"]*\"", "");
    }
}
