package dev.bridgehead.web.listing;

import static dev.bridgehead.web.page.Browser.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingService;
import dev.bridgehead.marketplace.listing.ListingStatus;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.web.page.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A provider writes, submits and sees its listings through the pages; staff publish them. */
@MicronautTest(transactional = false)
class ListingPagesIT {

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    ListingService listings;

    @Inject
    DatabaseCleaner database;

    private URI base;

    @BeforeEach
    void clean() {
        database.clean();
        base = URI.create(server.getURL().toString());
    }

    @Test
    void a_provider_drafts_submits_and_staff_publish_through_the_pages() {
        Actor owner = fixture.verifiedMember("SG");
        Browser provider = Browser.signedIn(base, fixture.emailOf(owner));

        HttpResponse<String> created = provider.post("/my/listings", form("type", "DATA_PRODUCT", "title", "AIS vessel feed", "titleZh", "船舶位置数据",
                "sectors", "INTERNATIONAL_SHIPPING", "dataCategories", "GENERAL", "directions", "SG_TO_CN", "deliveryModes", "API",
                "tags", "AIS, 船舶", "priceModel", "SUBSCRIPTION"));
        assertThat(created.statusCode()).isEqualTo(303);
        String listingPath = created.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", "");
        long id = Long.parseLong(listingPath.substring(listingPath.lastIndexOf('/') + 1));
        assertThat(provider.get(listingPath).body()).contains("AIS vessel feed").contains("Draft").contains("Submit for review");

        assertThat(provider.post("/my/listings/" + id + "/submit", form()).statusCode()).isEqualTo(303);
        Browser staff = Browser.signedIn(base, fixture.emailOf(fixture.staff()));
        assertThat(staff.get("/staff/moderation").body()).contains("AIS vessel feed");
        assertThat(staff.post("/staff/listings/" + id + "/publish", form()).statusCode()).isEqualTo(303);

        Listing listing = listings.get(owner, id);
        assertThat(listing.status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(listing.tags()).containsExactly("AIS", "船舶");
        assertThat(new Browser(base).get("/listings").body()).contains("AIS vessel feed");
    }

    @Test
    void a_bad_listing_form_comes_back_with_each_error_next_to_its_field_and_nothing_stored() {
        Actor owner = fixture.member("CN");
        Browser provider = Browser.signedIn(base, fixture.emailOf(owner));

        HttpResponse<String> refused = provider.post("/my/listings", form("type", "DATA_PRODUCT", "title", "", "titleZh", "保留的中文标题",
                "dataCategories", "GENERAL", "directions", "CN_TO_SG", "priceModel", "NOT_A_PRICE"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("id=\"title-error\"")
                .contains("This is required.")
                .contains("value=\"保留的中文标题\"")
                .contains("error-summary");
        assertThat(listings.ofOrganization(owner, owner.organizationId(), 0, 10).getTotalSize()).isZero();
    }

    @Test
    void a_title_with_markup_shows_as_text_on_every_page() {
        Actor owner = fixture.verifiedMember("CN");
        fixture.published(owner, "<script>alert(1)</script> Trial data");

        String catalogue = new Browser(base).get("/listings").body();

        assertThat(catalogue).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; Trial data");
    }

    @Test
    void the_pages_speak_chinese_after_the_language_switch_with_no_missing_text() {
        Actor owner = fixture.verifiedMember("CN");
        Listing listing = fixture.published(owner, "Clinical data");
        Browser visitor = new Browser(base);
        visitor.get("/language?to=zh&back=/");

        for (String path : new String[] {"/", "/listings", "/listings/" + listing.id(), "/scenarios", "/register", "/login"}) {
            String body = visitor.get(path).body();
            assertThat(body).as(path).contains("<html lang=\"zh-CN\">").doesNotContain("[").contains("桥头堡");
        }
    }

    @Test
    void a_change_to_a_published_listing_waits_for_staff_who_see_what_it_changes_and_publish_it() {
        Actor owner = fixture.verifiedMember("CN");
        Listing listing = fixture.published(owner, "Clinical data");
        Browser provider = Browser.signedIn(base, fixture.emailOf(owner));
        Browser visitor = new Browser(base);
        assertThat(provider.get("/my/listings/" + listing.id() + "/edit").body()).contains("This listing is published");

        HttpResponse<String> sent = provider.post("/my/listings/" + listing.id(), form("type", "DATA_PRODUCT", "title", "Clinical data, weekly",
                "titleZh", "临床试验数据", "summary", "Summary", "description", "Description", "sectors", "BIOMEDICINE", "dataCategories", "GENERAL",
                "directions", "CN_TO_SG", "deliveryModes", "API", "tags", "clinical", "priceModel", "SUBSCRIPTION",
                "version", String.valueOf(listing.version())));

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValue("/listings/" + listing.id() + "?notice=revisionSent");
        assertThat(visitor.get("/listings/" + listing.id()).body()).contains("Clinical data").doesNotContain("Clinical data, weekly");
        assertThat(provider.get("/my/listings").body()).contains("Changes awaiting review");
        Browser staff = Browser.signedIn(base, fixture.emailOf(fixture.staff()));
        assertThat(staff.get("/staff/moderation").body()).contains("Changes to published listings", "<del>Clinical data</del>",
                "<ins>Clinical data, weekly</ins>", "/staff/listings/" + listing.id() + "/revision/publish");

        Integer read = listings.get(owner, listing.id()).version();
        HttpResponse<String> published = staff.post("/staff/listings/" + listing.id() + "/revision/publish", form("version", String.valueOf(read)));

        assertThat(published.statusCode()).isEqualTo(303);
        assertThat(published.headers().firstValue("Location")).hasValue("/staff/moderation?notice=revisionPublished");
        assertThat(visitor.get("/listings/" + listing.id()).body()).contains("Clinical data, weekly");
        assertThat(staff.get("/staff/moderation").body()).contains("No published listing has changes waiting.");
    }

    @Test
    void refused_changes_show_the_owner_the_reason_and_the_form_starts_again_from_what_was_sent() {
        Actor owner = fixture.verifiedMember("CN");
        Listing revised = fixture.revised(owner, "Clinical data");
        Browser staff = Browser.signedIn(base, fixture.emailOf(fixture.staff()));

        HttpResponse<String> refused = staff.post("/staff/listings/" + revised.id() + "/revision/reject",
                form("reason", "Name the trial phases the data covers", "version", String.valueOf(revised.version())));

        assertThat(refused.statusCode()).isEqualTo(303);
        Browser provider = Browser.signedIn(base, fixture.emailOf(owner));
        assertThat(provider.get("/listings/" + revised.id()).body()).contains("Changes refused by park staff", "Name the trial phases the data covers");
        assertThat(provider.get("/my/listings/" + revised.id() + "/edit").body()).contains("value=\"Clinical data (revised)\"");
        assertThat(new Browser(base).get("/listings/" + revised.id()).body()).doesNotContain("Name the trial phases").doesNotContain("(revised)");
    }

    @Test
    void the_audit_log_and_its_export_show_each_changed_field_before_and_after() {
        Actor owner = fixture.verifiedMember("CN");
        Listing revised = fixture.revised(owner, "Clinical data");
        Actor staffMember = fixture.staff();
        listings.publishRevision(staffMember, revised.id(), revised.version());
        Browser staff = Browser.signedIn(base, fixture.emailOf(staffMember));

        assertThat(staff.get("/staff/audit?subjectType=listing&subjectId=" + revised.id()).body())
                .contains("listing.revision-publish", "<code>title</code>", "<del>Clinical data</del>", "<ins>Clinical data (revised)</ins>");
        String csv = staff.download("/staff/audit.csv?subjectType=listing&subjectId=" + revised.id()).body();
        assertThat(csv.lines().findFirst()).hasValueSatisfying(header -> assertThat(header).endsWith(",note,changes"));
        assertThat(csv).contains("title: Clinical data → Clinical data (revised)");
    }
}
