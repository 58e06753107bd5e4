package dev.bridgehead.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sign-in page as a browser uses it: cookies kept, forms with their CSRF token. */
@MicronautTest(transactional = false)
class SignInIT {

    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    private HttpClient browser;

    @BeforeEach
    void freshBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void a_member_signs_in_with_the_form_and_sees_their_name_then_signs_out() throws Exception {
        Actor member = fixture.member("SG");
        String token = csrfFrom(get("/login"));

        HttpResponse<String> signedIn = post("/login", "csrfToken=" + token + "&email=" + encode(fixture.emailOf(member))
                + "&password=" + encode(MarketplaceFixture.PASSWORD));

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JWT=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        HttpResponse<String> home = get("/");
        assertThat(home.body()).contains(member.displayName()).contains("action=\"/logout\"");

        HttpResponse<String> signedOut = post("/logout", "csrfToken=" + csrfFrom(home));
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(get("/").body()).doesNotContain(member.displayName());
    }

    @Test
    void a_wrong_password_shows_the_form_again_with_the_email_kept_and_no_session() throws Exception {
        Actor member = fixture.member("CN");
        String email = fixture.emailOf(member);
        String token = csrfFrom(get("/login"));

        HttpResponse<String> failed = post("/login", "csrfToken=" + token + "&email=" + encode(email) + "&password=wrong-password");

        assertThat(failed.statusCode()).isEqualTo(401);
        assertThat(failed.body()).contains("Wrong e-mail or password").contains("value=\"" + email + "\"");
        assertThat(failed.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JWT="));
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused() throws Exception {
        Actor member = fixture.member("CN");
        get("/login");

        HttpResponse<String> forged = post("/login", "email=" + encode(fixture.emailOf(member)) + "&password=" + encode(MarketplaceFixture.PASSWORD));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JWT="));
    }

    @Test
    void a_form_posted_with_a_token_that_does_not_match_the_cookie_is_refused() throws Exception {
        Actor member = fixture.member("CN");
        get("/login");

        HttpResponse<String> forged = post("/login", "csrfToken=forged-token&email=" + encode(fixture.emailOf(member))
                + "&password=" + encode(MarketplaceFixture.PASSWORD));

        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void pages_set_a_csrf_cookie_and_the_json_api_does_not() throws Exception {
        HttpResponse<String> api = browser.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/compliance/rules"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("csrfToken="));

        assertThat(get("/login").headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("csrfToken="));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfFrom(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("a CSRF field in %s", page.body()).isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
