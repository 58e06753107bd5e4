package dev.bridgehead.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.web.api.ApiClient;
import dev.bridgehead.web.page.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The smaller slips of the security review (#15, items 6 and 7), each with the probe that found it. */
@MicronautTest(transactional = false)
class HardeningIT {

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(server.getURL().toString());
    }

    @Test
    void private_answers_are_never_cached_and_every_answer_carries_the_isolation_headers() throws Exception {
        Actor member = fixture.member("SG");
        String token = api.token(fixture.emailOf(member));
        Browser browser = Browser.signedIn(server.getURI(), fixture.emailOf(member));

        HttpResponse<String> apiAnswer = api.send("GET", "/api/v1/account", null, token);
        HttpResponse<String> page = browser.get("/my/organization");
        HttpResponse<String> export = Browser.signedIn(server.getURI(), fixture.emailOf(fixture.staff())).download("/staff/audit.csv");
        HttpResponse<String> publicPage = new Browser(server.getURI()).get("/");

        for (HttpResponse<String> privateAnswer : java.util.List.of(apiAnswer, page)) {
            assertThat(privateAnswer.headers().firstValue("Cache-Control")).as(privateAnswer.uri().toString()).hasValue("no-store");
        }
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(publicPage.headers().firstValue("Cache-Control")).isEmpty();
        assertThat(publicPage.headers().firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
        assertThat(publicPage.headers().firstValue("Permissions-Policy")).hasValueSatisfying(policy -> assertThat(policy).contains("camera=()"));
        assertThat(publicPage.headers().firstValue("Strict-Transport-Security")).as("only with secure cookies (HTTPS)").isEmpty();
    }

    @Test
    void a_fraction_or_a_boolean_is_not_a_whole_number_and_the_answer_names_no_internals() throws Exception {
        String token = api.token(fixture.emailOf(fixture.verifiedMember("CN")));
        for (String value : new String[] {"1.5", "true", "\"12abc\"", "1e3"}) {
            HttpResponse<String> refused = api.send("POST", "/api/v1/needs", "{\"title\":\"Trip data\",\"sectors\":[\"FINANCE\"],"
                    + "\"dataCategories\":[\"GENERAL\"],\"direction\":\"SG_TO_CN\",\"personalInfoSubjects\":" + value + ",\"sensitiveSubjects\":0}", token);
            assertThat(refused.statusCode()).as(value).isEqualTo(400);
            assertThat(refused.body()).as(value).contains("personalInfoSubjects").contains("whole number")
                    .doesNotContain("java.").doesNotContain("`").doesNotContain("Source").doesNotContain("micronaut").doesNotContain("jackson");
        }
        HttpResponse<String> wrapped = api.send("POST", "/api/v1/needs", "{\"title\":\"Trip data\",\"sectors\":[\"FINANCE\"],"
                + "\"dataCategories\":[\"GENERAL\"],\"direction\":\"SG_TO_CN\",\"personalInfoSubjects\":[7],\"onGeneralList\":\"yes\"}", token);
        assertThat(wrapped.statusCode()).isEqualTo(400);
        assertThat(wrapped.body()).contains("\"field\":\"personalInfoSubjects\"");
        HttpResponse<String> flag = api.send("POST", "/api/v1/needs", "{\"title\":\"Trip data\",\"sectors\":[\"FINANCE\"],"
                + "\"dataCategories\":[\"GENERAL\"],\"direction\":\"SG_TO_CN\",\"onGeneralList\":\"yes\"}", token);
        assertThat(flag.statusCode()).isEqualTo(400);
        assertThat(flag.body()).contains("\"field\":\"onGeneralList\"").contains("true or false");
        HttpResponse<String> badId = api.send("GET", "/api/v1/listings/abc", null, token);
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.body()).doesNotContain("Failed to convert").doesNotContain("For input string").contains("whole number");
        HttpResponse<String> malformed = api.send("POST", "/api/v1/needs", "{\"title\": \"x\", \"personalInfoSubjects\": 12abc}", token);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("java.").doesNotContain("[Source").doesNotContain("io.micronaut");
    }

    @Test
    void metrics_are_for_administrators_and_count_failed_sign_ins() throws Exception {
        api.send("POST", "/api/v1/auth/token", "{\"email\":\"nobody@example.com\",\"password\":\"a wrong passphrase\"}", null);
        String member = api.token(fixture.emailOf(fixture.member("SG")));
        String admin = api.token(fixture.emailOf(fixture.admin()));

        assertThat(scrape(null).statusCode()).isEqualTo(401);
        assertThat(scrape(member).statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = scrape(admin);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("bridgehead_sign_in_failures_total", "bridgehead_outbox_backlog", "bridgehead_search_breaker_open",
                "http_server_requests_seconds", "hikaricp_connections_pending");
    }

    @Test
    void every_answer_carries_a_request_id_and_the_headers_even_a_refusal_from_the_security_layer() throws Exception {
        HttpResponse<String> refused = send("/api/v1/account", "forged-id-from-an-untrusted-client");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
        String id = refused.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).isNotEqualTo("forged-id-from-an-untrusted-client");
        HttpResponse<String> missing = send("/api/v1/listings/999999999", null);
        assertThat(missing.body()).contains("\"requestId\":\"" + missing.headers().firstValue("X-Request-Id").orElseThrow() + "\"");
    }

    @Test
    void only_health_and_prometheus_of_the_management_endpoints_are_served() throws Exception {
        String admin = api.token(fixture.emailOf(fixture.admin()));
        for (String path : new String[] {"/metrics", "/beans", "/routes", "/info", "/threaddump", "/env", "/loggers"}) {
            assertThat(api.send("GET", path, null, admin).statusCode()).as(path).isIn(401, 403, 404);
            assertThat(api.send("GET", path, null, null).statusCode()).as(path).isIn(401, 403, 404);
        }
    }

    private HttpResponse<String> send(String path, String requestId) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(server.getURI().resolve(path)).header("Accept", "application/json")
                .GET();
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void staff_asking_for_the_listings_of_an_organisation_that_does_not_exist_get_404() throws Exception {
        String staff = api.token(fixture.emailOf(fixture.staff()));

        assertThat(api.send("GET", "/api/v1/organizations/999999/listings", null, staff).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> scrape(String token) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/prometheus")).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
