package dev.bridgehead.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingService;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A platform revises a published listing through the API; staff publish or refuse the revision; nobody else sees it. */
@MicronautTest(transactional = false)
class ListingRevisionApiIT {

    static final String LISTING = "{\"type\":\"DATA_SERVICE\",\"title\":\"%s\",\"sectors\":[\"ARTIFICIAL_INTELLIGENCE\"],"
            + "\"dataCategories\":[\"GENERAL\"],\"directions\":[\"CN_TO_SG\"],\"priceModel\":\"PER_USE\",\"version\":%d}";

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    ListingService listings;

    @Inject
    JsonMapper json;

    @Inject
    DatabaseCleaner database;

    private final HttpClient http = HttpClient.newHttpClient();
    private Actor owner;
    private String ownerToken;
    private String otherToken;
    private String staffToken;
    private Listing published;

    @BeforeEach
    void marketplace() throws Exception {
        database.clean();
        owner = fixture.verifiedMember("SG");
        ownerToken = token(owner);
        otherToken = token(fixture.verifiedMember("CN"));
        staffToken = token(fixture.staff());
        published = fixture.published(owner, "Annotation service");
    }

    @Test
    void a_put_on_a_published_listing_answers_with_the_live_version_and_the_pending_revision() throws Exception {
        HttpResponse<String> response = send("PUT", "/api/v1/listings/" + published.id(), LISTING.formatted("Annotation service, 24/7",
                published.version()), ownerToken);

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> listing = read(response);
        assertThat(listing.get("title")).isEqualTo("Annotation service");
        assertThat(listing.get("status")).isEqualTo("PUBLISHED");
        assertThat(revision(listing, "pendingRevision")).containsEntry("title", "Annotation service, 24/7").containsEntry("type", "DATA_SERVICE")
                .containsKey("submittedAt");
        assertThat(read(send("GET", "/api/v1/listings/" + published.id(), null, null)).get("title")).isEqualTo("Annotation service");
    }

    @Test
    void only_the_owner_and_staff_see_the_pending_revision() throws Exception {
        Listing revised = fixture.revised(owner, "Secret roadmap");

        for (String token : new String[] {null, otherToken}) {
            HttpResponse<String> response = send("GET", "/api/v1/listings/" + revised.id(), null, token);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(read(response).get("pendingRevision")).isNull();
            assertThat(response.body()).doesNotContain("Secret roadmap (revised)");
        }
        for (String token : new String[] {ownerToken, staffToken}) {
            assertThat(revision(read(send("GET", "/api/v1/listings/" + revised.id(), null, token)), "pendingRevision"))
                    .containsEntry("title", "Secret roadmap (revised)");
        }
    }

    @Test
    void staff_publish_the_revision_and_it_becomes_the_live_version() throws Exception {
        Listing revised = listings.update(owner, published.id(), MarketplaceFixture.listingInput("Labelling",
                published.version()));

        HttpResponse<String> response = send("POST", "/api/v1/listings/" + published.id() + "/revision/publish",
                "{\"version\":" + revised.version() + "}", staffToken);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(read(response)).containsEntry("title", "Labelling").containsEntry("pendingRevision", null);
        assertThat(read(send("GET", "/api/v1/listings/" + published.id(), null, null)).get("title")).isEqualTo("Labelling");
        assertThat(send("POST", "/api/v1/listings/" + published.id() + "/revision/publish", "{}", staffToken).statusCode())
                .as("nothing is waiting any more").isEqualTo(409);
    }

    @Test
    void staff_reject_the_revision_with_a_reason_the_owner_reads_and_the_live_version_stays() throws Exception {
        Listing revised = fixture.revised(owner, "Vessel feed");

        HttpResponse<String> noReason = send("POST", "/api/v1/listings/" + revised.id() + "/revision/reject", "{\"reason\":\"  \"}", staffToken);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");

        HttpResponse<String> rejected = send("POST", "/api/v1/listings/" + revised.id() + "/revision/reject",
                "{\"reason\":\"The new title promises real-time data the description does not offer\",\"version\":" + revised.version() + "}",
                staffToken);
        assertThat(rejected.statusCode()).isEqualTo(200);

        Map<String, Object> seenByOwner = read(send("GET", "/api/v1/listings/" + revised.id(), null, ownerToken));
        assertThat(seenByOwner).containsEntry("title", "Vessel feed").containsEntry("pendingRevision", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> rejection = (Map<String, Object>) seenByOwner.get("revisionRejection");
        assertThat(rejection).containsEntry("reason", "The new title promises real-time data the description does not offer");
        assertThat(revision(rejection, "revision")).containsEntry("title", "Vessel feed (revised)");
        assertThat(read(send("GET", "/api/v1/listings/" + revised.id(), null, otherToken)).get("revisionRejection")).isNull();
    }

    @Test
    void a_stale_version_is_a_409_for_the_owner_and_for_staff_and_changes_nothing() throws Exception {
        Listing first = listings.update(owner, published.id(), MarketplaceFixture.listingInput("Read by staff", published.version()));
        listings.update(owner, published.id(), MarketplaceFixture.listingInput("Written since", first.version()));

        assertThat(send("PUT", "/api/v1/listings/" + published.id(), LISTING.formatted("Stale", first.version()), ownerToken).statusCode())
                .isEqualTo(409);
        assertThat(send("POST", "/api/v1/listings/" + published.id() + "/revision/publish", "{\"version\":" + first.version() + "}", staffToken)
                .statusCode()).isEqualTo(409);
        assertThat(send("POST", "/api/v1/listings/" + published.id() + "/revision/reject",
                "{\"reason\":\"no\",\"version\":" + first.version() + "}", staffToken).statusCode()).isEqualTo(409);

        Listing stored = listings.get(owner, published.id());
        assertThat(stored.title()).isEqualTo("Annotation service");
        assertThat(stored.pendingRevision().title()).isEqualTo("Written since");
    }

    @Test
    void the_audit_api_shows_each_edit_with_its_values_before_and_after() throws Exception {
        Listing revised = fixture.revised(owner, "Port calls");
        listings.publishRevision(fixture.staff(), revised.id(), revised.version());

        HttpResponse<String> response = send("GET", "/api/v1/audit?subjectType=listing&subjectId=" + revised.id(), null, staffToken);

        assertThat(response.statusCode()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) read(response).get("items");
        assertThat(items).extracting(item -> item.get("action")).contains("listing.revision", "listing.revision-publish");
        assertThat(items).filteredOn(item -> "listing.revision-publish".equals(item.get("action"))).singleElement()
                .satisfies(item -> assertThat(revision(item, "changes")).containsEntry("title", Map.of("before", "Port calls",
                        "after", "Port calls (revised)")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> revision(Map<String, Object> listing, String field) {
        assertThat(listing).containsKey(field);
        return (Map<String, Object>) listing.get(field);
    }

    private Map<String, Object> read(HttpResponse<String> response) throws IOException {
        return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }

    private String token(Actor actor) throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/auth/token",
                "{\"email\":\"" + fixture.emailOf(actor) + "\",\"password\":\"" + MarketplaceFixture.PASSWORD + "\"}", null);
        return response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private HttpResponse<String> send(String method, String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
