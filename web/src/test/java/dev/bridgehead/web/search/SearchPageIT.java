package dev.bridgehead.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.infra.testing.TestStack;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingInput;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.search.testing.IndexingSupport;
import dev.bridgehead.search.testing.SearchIndexCleaner;
import dev.bridgehead.web.page.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The search page and API as a seeker and a platform use them, against the real Elasticsearch. */
@MicronautTest(transactional = false)
class SearchPageIT {

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    IndexingSupport indexing;

    @Inject
    DatabaseCleaner database;

    @Inject
    SearchIndexCleaner indices;

    private Browser browser;
    private Listing trial;

    @BeforeEach
    void marketplace() {
        database.clean();
        indices.clean();
        browser = new Browser(URI.create(server.getURL().toString()));
        Actor singapore = fixture.verifiedMember("SG");
        trial = publish(singapore, "Clinical trial data management", "临床试验数据管理", "BIOMEDICINE");
        publish(fixture.verifiedMember("CN"), "Vessel position feed", "船舶位置数据", "INTERNATIONAL_SHIPPING");
        indexing.awaitIndexed();
    }

    @Test
    void an_english_search_shows_the_match_highlighted_with_facet_counts() {
        HttpResponse<String> page = browser.get("/search?q=clinical+trial");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<em>Clinical").contains("href=\"/listings/" + trial.id() + "\"")
                .contains("href=\"/organizations/" + trial.organizationId() + "\"")
                .contains("One listing").contains("name=\"jurisdiction\" value=\"SG\"").doesNotContain("Vessel position feed");
    }

    @Test
    void a_chinese_search_finds_the_listing_by_its_chinese_title() {
        HttpResponse<String> page = browser.get("/search?q=" + URLEncoder.encode("临床试验", StandardCharsets.UTF_8));

        assertThat(page.body()).contains("href=\"/listings/" + trial.id() + "\"").doesNotContain("Vessel position feed");
    }

    @Test
    void an_english_search_finds_a_listing_written_only_in_chinese_and_says_which_words_crossed() throws Exception {
        Listing congestion = publish(fixture.verifiedMember("CN"), "港口拥堵指数", null, "INTERNATIONAL_SHIPPING");
        indexing.awaitIndexed();

        String page = browser.get("/search?q=port+congestion+index").body();

        assertThat(page).contains("href=\"/listings/" + congestion.id() + "\"").contains("port congestion ↔ 港口拥堵");
        assertThat(new dev.bridgehead.web.api.ApiClient(server.getURL().toString()).send("GET", "/api/v1/search?q=port+congestion+index", null, null)
                .body()).contains("\"bridges\":[\"port congestion ↔ 港口拥堵\",\"index ↔ 指数\"]");
    }

    @Test
    void filters_stay_in_the_address_and_a_bad_one_is_refused_with_a_message() {
        assertThat(browser.get("/search?sector=INTERNATIONAL_SHIPPING").body()).contains("Vessel position feed").doesNotContain("Clinical trial");
        assertThat(browser.get("/search?q=clinical+trial&sector=INTERNATIONAL_SHIPPING").body()).as("a chosen filter that finds nothing can be unticked")
                .contains("name=\"sector\" value=\"INTERNATIONAL_SHIPPING\" checked");

        HttpResponse<String> refused = browser.get("/search?sector=SPACE&page=0");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("error-summary").doesNotContain("Exception");
    }

    @Test
    void the_api_answers_in_the_shape_of_api_md() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL()
                + "/api/v1/search?q=vessel&jurisdiction=CN&size=5")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"total\":1").contains("\"page\":1").contains("\"size\":5")
                .contains("\"organization\":{").contains("\"highlights\":{").contains("\"facets\":{\"type\":[")
                .contains("\"organizations\":[{");

        HttpResponse<String> tooBig = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL()
                + "/api/v1/search?size=10000&page=100000")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.body()).contains("\"field\":\"size\"").contains("\"field\":\"page\"");
    }

    @Test
    void while_elasticsearch_is_down_the_page_says_so_and_keeps_the_query() throws Exception {
        TestStack.shared().stopElasticsearch();
        try {
            HttpResponse<String> page = browser.get("/search?q=clinical");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("Search is temporarily unavailable").contains("value=\"clinical\"").doesNotContain("Exception");

            HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/search?q=clinical"))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(api.body()).doesNotContain("Exception");
        } finally {
            TestStack.shared().startElasticsearch();
        }
    }

    @Test
    void while_elasticsearch_is_frozen_a_search_gets_503_within_its_deadline_then_at_once_and_search_comes_back_after_the_thaw() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        // A client's patience far beyond the 2 s deadline: a search held until the socket timeout (30 s) would fail this test.
        Duration patience = Duration.ofSeconds(15);
        TestStack.shared().freezeElasticsearch();
        try {
            for (int i = 0; i < 7; i++) {
                HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/search?q=clinical"))
                        .header("Accept", "application/json").timeout(patience).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(api.statusCode()).as("search %d", i).isEqualTo(503);
                assertThat(api.body()).contains("temporarily unavailable").doesNotContain("Exception");
                assertThat(api.headers().firstValue("Retry-After")).isPresent();
            }
        } finally {
            TestStack.shared().thawElasticsearch();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int status = 0;
        while (status != 200 && System.nanoTime() < deadline) {
            status = client.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/search?q=clinical")).header("Accept", "application/json")
                    .timeout(patience).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(status).as("search answers again once Elasticsearch is thawed").isEqualTo(200);
    }

    private Listing publish(Actor owner, String title, String titleZh, String sector) {
        return fixture.published(owner, new ListingInput("DATA_PRODUCT", title, titleZh, "About " + title, null, null, List.of(sector),
                List.of("GENERAL"), List.of("CN_TO_SG"), List.of("API"), List.of(), List.of(), "SUBSCRIPTION", null));
    }
}
