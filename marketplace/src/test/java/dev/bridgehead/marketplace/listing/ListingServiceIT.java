package dev.bridgehead.marketplace.listing;

import static dev.bridgehead.marketplace.testing.MarketplaceFixture.listingInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.FieldError;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ListingServiceIT {

    @Inject
    ListingService listings;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    DatabaseCleaner database;

    @BeforeEach
    void clean() {
        database.clean();
    }

    @Test
    void a_listing_goes_from_draft_through_moderation_to_published_and_back_with_its_history() {
        Actor owner = fixture.verifiedMember("SG");
        Actor staff = fixture.staff();
        Listing draft = listings.create(owner, listingInput("Vessel tracking feed"));
        assertThat(draft.status()).isEqualTo(ListingStatus.DRAFT);

        listings.submit(owner, draft.id());
        Listing published = listings.publish(staff, draft.id());
        assertThat(published.status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(listings.unpublish(owner, draft.id()).status()).isEqualTo(ListingStatus.UNPUBLISHED);

        assertThat(listings.history(owner, draft.id())).extracting(ListingChange::action)
                .containsExactly("unpublish", "publish", "submit", "created");
    }

    @Test
    void anyone_sees_a_published_listing_but_only_its_organisation_and_staff_see_a_draft() {
        Actor owner = fixture.verifiedMember("CN");
        Actor stranger = fixture.member("SG");
        Listing draft = fixture.draft(owner, "Draft offer");
        Listing published = fixture.published(owner, "Public offer");

        assertThat(listings.get(null, published.id()).title()).isEqualTo("Public offer");
        assertThatThrownBy(() -> listings.get(null, draft.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> listings.get(stranger, draft.id())).isInstanceOf(NotFound.class);
        assertThat(listings.get(fixture.staff(), draft.id()).title()).isEqualTo("Draft offer");
    }

    @Test
    void a_member_cannot_publish_and_nobody_can_publish_a_rejected_listing() {
        Actor owner = fixture.verifiedMember("CN");
        Actor staff = fixture.staff();
        Listing listing = fixture.draft(owner, "Offer");
        listings.submit(owner, listing.id());

        assertThatThrownBy(() -> listings.publish(owner, listing.id())).isInstanceOf(NotAllowed.class);
        listings.reject(staff, listing.id(), "Describe the data fields");
        assertThatThrownBy(() -> listings.publish(staff, listing.id())).isInstanceOf(Conflict.class);

        Listing stored = listings.get(owner, listing.id());
        assertThat(stored.status()).isEqualTo(ListingStatus.REJECTED);
        assertThat(stored.rejectionReason()).isEqualTo("Describe the data fields");
    }

    @Test
    void an_unverified_organisation_can_draft_and_submit_but_not_be_published() {
        Actor owner = fixture.member("SG");
        Listing listing = fixture.draft(owner, "Offer");
        listings.submit(owner, listing.id());

        assertThatThrownBy(() -> listings.publish(fixture.staff(), listing.id()))
                .isInstanceOf(Conflict.class).hasMessageContaining("not verified");
        assertThat(listings.get(owner, listing.id()).status()).isEqualTo(ListingStatus.SUBMITTED);
    }

    @Test
    void another_organisation_cannot_change_a_listing_it_can_see() {
        Actor owner = fixture.verifiedMember("CN");
        Actor other = fixture.member("SG");
        Listing published = fixture.published(owner, "Offer");

        assertThatThrownBy(() -> listings.update(other, published.id(), listingInput("Hijacked", published.version())))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> listings.unpublish(other, published.id())).isInstanceOf(NotAllowed.class);
        assertThat(listings.get(null, published.id()).title()).isEqualTo("Offer");
    }

    @Test
    void an_edit_read_at_an_older_version_is_refused_and_the_newer_edit_stays() {
        Actor owner = fixture.member("CN");
        Listing draft = fixture.draft(owner, "First title");
        listings.update(owner, draft.id(), listingInput("Second title", draft.version()));

        assertThatThrownBy(() -> listings.update(owner, draft.id(), listingInput("Stale title", draft.version())))
                .isInstanceOf(Conflict.class);
        assertThat(listings.get(owner, draft.id()).title()).isEqualTo("Second title");
        assertThat(listings.history(owner, draft.id()).get(0).changes()).containsKey("title");
    }

    @Test
    void bad_fields_are_each_reported_and_nothing_is_stored() {
        Actor owner = fixture.member("CN");
        ListingInput bad = new ListingInput("SPACESHIP", "x".repeat(201), null, null, null, null, List.of(), List.of("SECRET"),
                List.of("BOTH"), List.of("PIGEON"), List.of("t".repeat(41)), List.of("999999"), "BARTER", null);

        assertThatThrownBy(() -> listings.create(owner, bad)).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).contains("type", "title", "sectors", "dataCategories[0]", "directions",
                        "deliveryModes[0]", "tags[0]", "scenarioIds", "priceModel"));
        assertThat(listings.ofOrganization(owner, owner.organizationId(), 0, 10).getTotalSize()).isZero();
    }
}
