package dev.bridgehead.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingService;
import dev.bridgehead.marketplace.need.Need;
import dev.bridgehead.marketplace.need.NeedInput;
import dev.bridgehead.marketplace.need.NeedService;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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
    NeedService needs;

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
    void many_unknown_codes_get_one_short_error_per_field_not_an_answer_larger_than_the_question() throws Exception {
        String unknown = String.join(",", java.util.Collections.nCopies(5_000, "\"NOT_A_SECTOR_AT_ALL\""));
        String body = "{\"organization\":{\"name\":\"Amplifier Ltd\",\"jurisdiction\":\"SG\",\"sectors\":[" + unknown + "]},"
                + "\"user\":{\"email\":\"amp@example.com\",\"password\":\"correct horse battery\",\"displayName\":\"Amp\"}}";

        HttpResponse<String> tooMany = send("POST", "/api/v1/register", body, null);
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"field\":\"organization.sectors\"").contains("too-many");
        assertThat(tooMany.body().length()).as("answer to a %d-byte request", body.length()).isLessThan(3_000);

        HttpResponse<String> fewer = send("POST", "/api/v1/listings", "{\"type\":\"DATA_PRODUCT\",\"title\":\"x\",\"sectors\":[\"MOON\",\"MARS\","
                + "\"FINANCE\"],\"dataCategories\":[\"GENERAL\"],\"directions\":[\"CN_TO_SG\"],\"priceModel\":\"FREE\"}", token);
        assertThat(fewer.statusCode()).isEqualTo(400);
        assertThat(fewer.body()).contains("\"field\":\"sectors[0]\"").contains("and 1 more unknown codes").doesNotContain("sectors[1]")
                .doesNotContain("INTELLIGENT_CONNECTED_VEHICLES");
    }

    @Test
    void a_need_with_unknown_codes_negative_counts_or_inconsistent_facts_names_each_field_and_is_not_stored() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/needs",
                "{\"title\":\"Trip data\",\"sectors\":[\"FINANCE\"],\"dataCategories\":[\"GENERAL\",\"GOSSIP\"],\"direction\":\"SG_TO_MARS\","
                        + "\"personalInfoSubjects\":-5,\"sensitiveSubjects\":12,\"requiredCertifications\":[\"ISO_9001\"],"
                        + "\"exemptionGround\":\"CONSENT\"}", token);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"dataCategories[1]\"", "\"field\":\"direction\"", "\"field\":\"personalInfoSubjects\"",
                "\"field\":\"sensitiveSubjects\"", "\"field\":\"requiredCertifications[0]\"", "\"field\":\"exemptionGround\"");
        assertThat(needs.ofOrganization(owner, owner.organizationId(), 0, 10).getTotalSize()).isZero();
    }

    @Test
    void a_closed_need_cannot_be_edited_and_another_organisations_need_is_not_found() throws Exception {
        Need need = needs.create(owner, new NeedInput("Port data", null, List.of("INTERNATIONAL_SHIPPING"), List.of("GENERAL"), "CN_TO_SG", 0L, 0L,
                List.of(), null, false, List.of(), List.of(), null));
        Need closed = needs.close(owner, need.id());
        String body = "{\"title\":\"Changed\",\"sectors\":[\"FINANCE\"],\"dataCategories\":[\"GENERAL\"],\"direction\":\"CN_TO_SG\",\"version\":"
                + closed.version() + "}";

        assertThat(send("PUT", "/api/v1/needs/" + need.id(), body, token).statusCode()).isEqualTo(409);
        assertThat(send("POST", "/api/v1/needs/" + need.id() + "/close", "{}", token).statusCode()).isEqualTo(409);
        assertThat(needs.get(owner, need.id()).title()).isEqualTo("Port data");

        Actor stranger = fixture.verifiedMember("CN");
        Need theirs = needs.create(stranger, new NeedInput("Theirs", null, List.of("FINANCE"), List.of("GENERAL"), "CN_TO_SG", 0L, 0L, List.of(),
                null, false, List.of(), List.of(), null));
        HttpResponse<String> foreign = send("PUT", "/api/v1/needs/" + theirs.id(), body.replace(String.valueOf(closed.version()),
                String.valueOf(theirs.version())), token);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/needs/" + theirs.id() + "/matches", null, token).statusCode()).isEqualTo(404);
        assertThat(needs.get(stranger, theirs.id()).title()).isEqualTo("Theirs");
    }

    @Test
    void a_compliance_check_whose_direction_does_not_fit_the_two_organisations_is_refused() throws Exception {
        Actor lingang = fixture.verifiedMember("CN");
        String check = "{\"exporterId\":\"%s\",\"importerId\":\"%s\",\"direction\":\"%s\",\"dataCategories\":[\"PERSONAL\"],"
                + "\"personalInfoSubjects\":%d}";

        HttpResponse<String> wrongWay = send("POST", "/api/v1/compliance/check",
                check.formatted(owner.organizationId(), lingang.organizationId(), "CN_TO_SG", 10), token);
        assertThat(wrongWay.statusCode()).isEqualTo(400);
        assertThat(wrongWay.body()).contains("\"field\":\"direction\"");

        HttpResponse<String> unknown = send("POST", "/api/v1/compliance/check", check.formatted("999999", "x", "CN_TO_SG", -1), token);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"exporterId\"", "\"field\":\"importerId\"", "\"field\":\"personalInfoSubjects\"");

        HttpResponse<String> fine = send("POST", "/api/v1/compliance/check",
                check.formatted(lingang.organizationId(), owner.organizationId(), "CN_TO_SG", 150_000), token);
        assertThat(fine.statusCode()).isEqualTo(200);
        assertThat(fine.body()).contains("\"verdict\":\"NEEDS_STEPS\"", "\"id\":\"CN-8\"", "\"alternativeGroup\":\"CN-8\"", "CN-DUTY-3");
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
    void a_query_value_that_is_not_a_number_is_a_400_named_like_every_other_field() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/scenarios?page=abc", null, null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"field\":\"page\"").doesNotContain("\"field\":\"/page\"");
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
