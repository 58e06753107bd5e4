package dev.bridgehead.web.staff;

import static dev.bridgehead.web.page.Browser.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.glossary.GlossaryTerm;
import dev.bridgehead.marketplace.glossary.GlossaryTerms;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingInput;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.search.readers.SearchLog;
import dev.bridgehead.search.testing.IndexingSupport;
import dev.bridgehead.search.testing.SearchIndexCleaner;
import dev.bridgehead.web.page.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff keep the glossary on its page; readers of the other language see a gloss; providers see the readers they missed. */
@MicronautTest(transactional = false)
class GlossaryPagesIT {

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    GlossaryTerms glossary;

    @Inject
    SearchLog log;

    @Inject
    IndexingSupport indexing;

    @Inject
    DatabaseCleaner database;

    @Inject
    SearchIndexCleaner indices;

    private Browser staff;

    @BeforeEach
    void clean() {
        database.clean();
        indices.clean();
        staff = Browser.signedIn(URI.create(server.getURL().toString()), fixture.emailOf(fixture.staff()));
    }

    @Test
    void staffAddATermThatTheNextSearchUsesAndCorrectOne() {
        Listing crane = publish(fixture.verifiedMember("CN"), "岸桥作业数据", List.of());
        indexing.awaitIndexed();
        assertThat(staff.get("/search?q=quay+crane").body()).doesNotContain("/listings/" + crane.id() + "\"");

        HttpResponse<String> added = staff.post("/staff/glossary/save", form("english", "Quay crane", "chinese", "岸桥", "sector",
                "INTERNATIONAL_SHIPPING", "source", ""));

        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(staff.get(added.headers().firstValue("Location").orElseThrow()).body()).contains("quay crane").contains("岸桥")
                .contains("Added by staff");
        assertThat(staff.get("/search?q=quay+crane").body()).contains("/listings/" + crane.id() + "\"").contains("quay crane ↔ 岸桥");

        GlossaryTerm port = glossary.effective().stream().filter(t -> t.english().equals("port")).findFirst().orElseThrow();
        assertThat(staff.get("/staff/glossary?term=" + URLEncoder.encode(port.key(), StandardCharsets.UTF_8)).body())
                .contains("value=\"" + port.key() + "\"").contains("Correct the term");
        assertThat(staff.post("/staff/glossary/save", form("term", port.key(), "version", "", "english", "port", "chinese", "港区",
                "sector", "INTERNATIONAL_SHIPPING")).statusCode()).isEqualTo(303);
        assertThat(glossary.find(port.key()).chinese()).isEqualTo("港区");
        assertThat(staff.get("/staff/glossary?q=port").body()).contains("Shipped, corrected by staff");
    }

    @Test
    void badInputIsShownOnTheFormAndChangesNothing() {
        int before = glossary.effective().size();

        HttpResponse<String> refused = staff.post("/staff/glossary/save", form("english", "港口", "chinese", "", "sector", "SPACE"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("error-summary").contains("id=\"english-error\"").contains("id=\"chinese-error\"")
                .contains("id=\"sector-error\"").contains("value=\"港口\"");
        assertThat(glossary.effective()).hasSize(before);
    }

    @Test
    void aChineseOnlyListingShowsEnglishReadersAMarkedGlossAndItsProviderTheSearchesItMissed() {
        Actor provider = fixture.verifiedMember("CN");
        Listing congestion = publish(provider, "港口拥堵指数", List.of("船舶"));
        log.record("port congestion");
        log.record("congestion index singapore");
        log.record("vessel tracking");
        log.flush();

        String visitor = new Browser(URI.create(server.getURL().toString())).get("/listings/" + congestion.id()).body();
        assertThat(visitor).contains("Machine-made gloss").contains("port congestion index").doesNotContain("missed-readers");

        Browser owner = Browser.signedIn(URI.create(server.getURL().toString()), fixture.emailOf(provider));
        assertThat(owner.get("/listings/" + congestion.id()).body()).contains("2 searches in English this month would have found this listing");
        assertThat(owner.get("/my/listings/" + congestion.id() + "/edit").body())
                .contains("2 searches in English this month would have found this listing with an English title");
        owner.get("/language?to=zh&back=/");
        assertThat(owner.get("/listings/" + congestion.id()).body()).as("no gloss for a reader of its own language")
                .doesNotContain("gloss-title").contains("本月有 2 次英文搜索");
    }

    private Listing publish(Actor owner, String title, List<String> tags) {
        return fixture.published(owner, new ListingInput("DATA_PRODUCT", title, null, null, "关于" + title, null, List.of("INTERNATIONAL_SHIPPING"),
                List.of("GENERAL"), List.of("CN_TO_SG"), List.of("API"), tags, List.of(), "SUBSCRIPTION", null));
    }
}
