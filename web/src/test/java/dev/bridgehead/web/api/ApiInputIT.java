package dev.bridgehead.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingService;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hostile and mistaken API input: a clear problem document every time, and nothing changed. */
@MicronautTest(transactional = false)
class ApiInputIT {

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    ListingService listings;

    @Inject
    DatabaseCleaner database;

    private final HttpClient http = HttpClient.newHttpClient();
    private Actor owner;
    private String token;

    @BeforeEach
    void signIn() throws Exception {
        database.clean();
        owner = fixture.verifiedMember("SG");
        HttpResponse<String> response = send("POST", "/api/v1/auth/token",
                "{\"email\":\"" + fixture.emailOf(owner) + "\",\"password\":\"" + MarketplaceFixture.PASSWORD + "\"}", null);
        token = response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void unknown_codes_and_missing_fields_are_each_named_with_their_field() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/listings",
                "{\"type\":\"SPACESHIP\",\"title\":\"\",\"sectors\":[\"FINANCE\",\"MOON\"],\"dataCategories\":[\"GENERAL\"],"
                        + "\"directions\":[\"CN_TO_SG\"],\"priceModel\":\"FREE\"}", token);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"field\":\"type\"").contains("\"field\":\"title\"").contains("\"field\":\"sectors[1]\"")
                .contains("\"status\":400");
        assertThat(listings.ofOrganization(owner, owner.organizationId(), 0, 10).getTotalSize()).isZero();
    }

    @Test
    void malformed_json_is_a_400_problem() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/listings", "{\"type\": [", token);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"status\":400").doesNotContain("at dev.bridgehead");
    }

    @Test
    void a_body_over_the_limit_is_a_413_problem() throws Exception {
        String huge = "{\"title\":\"" + "x".repeat(2_000_000) + "\"}";

        HttpResponse<String> response = send("POST", "/api/v1/listings", huge, token);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(listings.ofOrganization(owner, owner.organizationId(), 0, 10).getTotalSize()).isZero();
    }

    @Test
    void a_stale_version_is_a_409_and_the_newer_data_stays() throws Exception {
        Listing draft = fixture.draft(owner, "First");
        String body = "{\"type\":\"DATA_PRODUCT\",\"title\":\"%s\",\"sectors\":[\"FINANCE\"],\"dataCategories\":[\"GENERAL\"],"
                + "\"directions\":[\"CN_TO_SG\"],\"priceModel\":\"FREE\",\"version\":" + draft.version() + "}";
        assertThat(send("PUT", "/api/v1/listings/" + draft.id(), body.formatted("Second"), token).statusCode()).isEqualTo(200);

        HttpResponse<String> stale = send("PUT", "/api/v1/listings/" + draft.id(), body.formatted("Stale"), token);

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(listings.get(owner, draft.id()).title()).isEqualTo("Second");
    }

    @Test
    void an_illegal_state_change_is_a_409_and_changes_nothing() throws Exception {
        Listing draft = fixture.draft(owner, "Draft");

        HttpResponse<String> response = send("POST", "/api/v1/listings/" + draft.id() + "/unpublish", "{}", token);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(listings.get(owner, draft.id()).status().name()).isEqualTo("DRAFT");
    }

    @Test
    void out_of_range_paging_is_a_400_with_the_field() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/scenarios?size=10000", null, null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"size\"");
    }

    @Test
    void a_forged_or_expired_token_is_a_401() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/organizations/" + owner.organizationId(), null, token + "x");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> send(String method, String path, String body, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
