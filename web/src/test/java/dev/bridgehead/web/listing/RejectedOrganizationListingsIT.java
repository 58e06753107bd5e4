package dev.bridgehead.web.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.search.testing.IndexingSupport;
import dev.bridgehead.search.testing.SearchIndexCleaner;
import dev.bridgehead.web.page.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When staff refuse an organisation, its listings leave every public place at once: pages, API and search. */
@MicronautTest(transactional = false)
class RejectedOrganizationListingsIT {

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    OrganizationService organizations;

    @Inject
    IndexingSupport indexing;

    @Inject
    DatabaseCleaner database;

    @Inject
    SearchIndexCleaner indices;

    private URI base;
    private Actor owner;
    private Listing listing;

    @BeforeEach
    void aPublishedListingOfAFirmStaffThenRefuse() {
        database.clean();
        indices.clean();
        base = URI.create(server.getURL().toString());
        owner = fixture.verifiedMember("CN");
        listing = fixture.published(owner, "Bonded warehouse stock feed");
        fixture.published(fixture.verifiedMember("SG"), "Warehouse robotics telemetry");
        indexing.awaitIndexed();
        assertThat(new Browser(base).download("/api/v1/search?q=warehouse").body()).as("searchable before the refusal")
                .contains("Bonded warehouse stock feed");

        organizations.decideVerification(fixture.staff(), owner.organizationId(), "REJECTED", "The registry ID belongs to another firm");
        indexing.awaitIndexed();
    }

    @Test
    void the_listing_is_not_found_by_anonymous_visitors_nor_by_members_of_other_organisations() {
        Browser anonymous = new Browser(base);
        Browser otherMember = Browser.signedIn(base, fixture.emailOf(fixture.verifiedMember("SG")));

        for (Browser visitor : new Browser[] {anonymous, otherMember}) {
            assertThat(visitor.get("/listings/" + listing.id()).statusCode()).isEqualTo(404);
            assertThat(visitor.download("/api/v1/listings/" + listing.id()).statusCode()).isEqualTo(404);
            assertThat(visitor.get("/organizations/" + owner.organizationId()).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void the_listing_leaves_the_catalogue_and_search() {
        Browser anonymous = new Browser(base);

        assertThat(anonymous.get("/listings").body()).doesNotContain("Bonded warehouse stock feed").contains("Warehouse robotics telemetry");
        assertThat(anonymous.download("/api/v1/search?q=warehouse").body()).doesNotContain("Bonded warehouse stock feed")
                .contains("Warehouse robotics telemetry");
        assertThat(anonymous.get("/search?q=warehouse").body()).doesNotContain("Bonded warehouse stock feed");
    }

    @Test
    void staff_and_the_organisations_own_members_still_see_the_listing() {
        Browser staff = Browser.signedIn(base, fixture.emailOf(fixture.staff()));
        Browser member = Browser.signedIn(base, fixture.emailOf(owner));

        assertThat(staff.get("/listings/" + listing.id()).statusCode()).isEqualTo(200);
        assertThat(staff.download("/api/v1/listings/" + listing.id()).body()).contains("Bonded warehouse stock feed");
        assertThat(member.get("/my/listings").body()).contains("Bonded warehouse stock feed");
        assertThat(member.get("/listings/" + listing.id()).statusCode()).isEqualTo(200);
    }
}
