package dev.bridgehead.marketplace.listing;

import static dev.bridgehead.marketplace.testing.MarketplaceFixture.listingInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.audit.AuditEntry;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.FieldError;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.marketplace.outbox.OutboxRepository;
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
    OrganizationService organizations;

    @Inject
    AuditLog audit;

    @Inject
    OutboxRepository outbox;

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

    @Test
    void an_edit_of_a_published_listing_waits_for_staff_while_the_live_version_and_search_stay_unchanged() {
        Actor owner = fixture.verifiedMember("CN");
        Listing published = fixture.published(owner, "Trial data");
        long eventsBefore = outbox.count();

        Listing revised = listings.update(owner, published.id(), listingInput("Trial data, weekly", published.version()));

        assertThat(revised.title()).isEqualTo("Trial data");
        assertThat(revised.hasPendingRevision()).isTrue();
        assertThat(revised.pendingRevision().title()).isEqualTo("Trial data, weekly");
        assertThat(revised.revisionSubmittedAt()).isNotNull();
        assertThat(listings.get(null, published.id()).title()).isEqualTo("Trial data");
        assertThat(outbox.count()).as("no event: the index keeps the live version").isEqualTo(eventsBefore);
        ListingChange change = listings.history(owner, published.id()).get(0);
        assertThat(change.action()).isEqualTo("revision");
        assertThat(change.changes()).containsEntry("title", new ListingChange.FieldChange("Trial data", "Trial data, weekly"));
        assertThat(audit.about("listing", published.id()).get(0)).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("listing.revision");
            assertThat(entry.changes()).containsEntry("title", new AuditEntry.FieldChange("Trial data", "Trial data, weekly"));
        });
    }

    @Test
    void a_second_edit_replaces_the_pending_revision_and_an_edit_back_to_the_live_version_withdraws_it() {
        Actor owner = fixture.verifiedMember("CN");
        Listing published = fixture.published(owner, "Trial data");
        Listing first = listings.update(owner, published.id(), listingInput("First revision", published.version()));

        Listing second = listings.update(owner, published.id(), listingInput("Second revision", first.version()));
        assertThat(second.pendingRevision().title()).isEqualTo("Second revision");
        assertThat(listings.get(owner, published.id()).pendingRevision().title()).isEqualTo("Second revision");

        Listing withdrawn = listings.update(owner, published.id(), listingInput("Trial data", second.version()));
        assertThat(withdrawn.pendingRevision()).isNull();
        assertThat(listings.history(owner, published.id())).extracting(ListingChange::action)
                .startsWith("revision-withdraw", "revision", "revision");
    }

    @Test
    void staff_publishing_the_revision_make_it_the_live_version_and_tell_search() {
        Actor owner = fixture.verifiedMember("CN");
        Actor staff = fixture.staff();
        Listing published = fixture.published(owner, "Trial data");
        Listing revised = listings.update(owner, published.id(), listingInput("Trial data, weekly", published.version()));
        long eventsBefore = outbox.count();

        Listing live = listings.publishRevision(staff, published.id(), revised.version());

        assertThat(live.title()).isEqualTo("Trial data, weekly");
        assertThat(live.pendingRevision()).isNull();
        assertThat(live.status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(listings.get(null, published.id()).title()).isEqualTo("Trial data, weekly");
        assertThat(outbox.count()).isEqualTo(eventsBefore + 1);
        assertThat(listings.history(owner, published.id()).get(0).action()).isEqualTo("revision-publish");
        assertThat(audit.about("listing", published.id()).get(0)).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("listing.revision-publish");
            assertThat(entry.actorId()).isEqualTo(staff.userId());
            assertThat(entry.changes()).containsEntry("title", new AuditEntry.FieldChange("Trial data", "Trial data, weekly"));
        });
        assertThat(listings.awaitingRevisionReview(staff, 0, 10).getContent()).isEmpty();
    }

    @Test
    void staff_rejecting_the_revision_keep_the_live_version_and_give_the_owner_their_reason() {
        Actor owner = fixture.verifiedMember("CN");
        Actor staff = fixture.staff();
        Listing published = fixture.published(owner, "Trial data");
        Listing revised = listings.update(owner, published.id(), listingInput("Best data in Asia", published.version()));
        assertThat(listings.awaitingRevisionReview(staff, 0, 10).getContent()).extracting(Listing::id).containsExactly(published.id());

        assertThatThrownBy(() -> listings.rejectRevision(staff, published.id(), " ", revised.version())).isInstanceOf(InvalidInput.class);
        Listing refused = listings.rejectRevision(staff, published.id(), "Say what the data holds, not how good it is", revised.version());

        assertThat(refused.title()).isEqualTo("Trial data");
        assertThat(refused.hasPendingRevision()).isFalse();
        Listing seenByOwner = listings.get(owner, published.id());
        assertThat(seenByOwner.hasRejectedRevision()).isTrue();
        assertThat(seenByOwner.revisionRejectionReason()).isEqualTo("Say what the data holds, not how good it is");
        assertThat(seenByOwner.latestWritten().title()).as("the refused text stays for the owner to rework").isEqualTo("Best data in Asia");
        assertThat(listings.get(null, published.id()).title()).isEqualTo("Trial data");
        assertThat(listings.awaitingRevisionReview(staff, 0, 10).getContent()).isEmpty();
        assertThatThrownBy(() -> listings.publishRevision(staff, published.id(), refused.version())).isInstanceOf(Conflict.class);
        assertThat(audit.about("listing", published.id()).get(0)).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("listing.revision-reject");
            assertThat(entry.note()).isEqualTo("Say what the data holds, not how good it is");
        });
        assertThat(listings.history(owner, published.id()).get(0).action()).isEqualTo("revision-reject");
    }

    @Test
    void a_revision_or_a_decision_on_it_read_at_an_older_version_is_refused() {
        Actor owner = fixture.verifiedMember("CN");
        Actor staff = fixture.staff();
        Listing published = fixture.published(owner, "Trial data");
        Listing first = listings.update(owner, published.id(), listingInput("What staff read", published.version()));
        Listing second = listings.update(owner, published.id(), listingInput("Written after staff read it", first.version()));

        assertThatThrownBy(() -> listings.update(owner, published.id(), listingInput("Stale", first.version()))).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> listings.publishRevision(staff, published.id(), first.version())).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> listings.rejectRevision(staff, published.id(), "No", first.version())).isInstanceOf(Conflict.class);
        assertThat(listings.get(owner, published.id()).pendingRevision().title()).isEqualTo("Written after staff read it");
        assertThat(listings.publishRevision(staff, published.id(), second.version()).title()).isEqualTo("Written after staff read it");
    }

    @Test
    void only_staff_decide_on_a_revision_and_only_when_one_is_waiting() {
        Actor owner = fixture.verifiedMember("CN");
        Actor staff = fixture.staff();
        Listing published = fixture.published(owner, "Trial data");

        assertThatThrownBy(() -> listings.publishRevision(staff, published.id(), null)).isInstanceOf(Conflict.class);
        listings.update(owner, published.id(), listingInput("Revised", published.version()));
        assertThatThrownBy(() -> listings.publishRevision(owner, published.id(), null)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> listings.rejectRevision(owner, published.id(), "No", null)).isInstanceOf(NotAllowed.class);
        assertThat(listings.get(owner, published.id()).hasPendingRevision()).isTrue();
    }

    @Test
    void nobody_but_the_owner_and_staff_sees_a_pending_revision() {
        Actor owner = fixture.verifiedMember("CN");
        Actor stranger = fixture.verifiedMember("SG");
        Listing published = fixture.published(owner, "Trial data");
        listings.update(owner, published.id(), listingInput("Unannounced product", published.version()));

        assertThat(listings.get(null, published.id()).pendingRevision()).isNull();
        assertThat(listings.get(stranger, published.id()).pendingRevision()).isNull();
        assertThat(listings.published(0, 10).getContent()).allSatisfy(listing -> assertThat(listing.pendingRevision()).isNull());
        assertThat(listings.get(owner, published.id()).pendingRevision().title()).isEqualTo("Unannounced product");
        assertThat(listings.get(fixture.staff(), published.id()).pendingRevision().title()).isEqualTo("Unannounced product");
    }

    @Test
    void an_edit_of_a_listing_that_is_not_published_changes_it_in_place_and_drops_a_revision_left_from_before() {
        Actor owner = fixture.verifiedMember("CN");
        Listing published = fixture.published(owner, "Trial data");
        Listing revised = listings.update(owner, published.id(), listingInput("Revised while live", published.version()));
        Listing unpublished = listings.unpublish(owner, published.id());
        assertThat(unpublished.version()).isGreaterThan(revised.version());

        Listing edited = listings.update(owner, published.id(), listingInput("Edited while unpublished", unpublished.version()));

        assertThat(edited.title()).isEqualTo("Edited while unpublished");
        assertThat(edited.pendingRevision()).isNull();
        assertThat(audit.about("listing", published.id()).get(0)).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("listing.edit");
            assertThat(entry.changes()).containsEntry("title", new AuditEntry.FieldChange("Trial data", "Edited while unpublished"));
        });
    }

    @Test
    void a_listing_of_a_rejected_organisation_is_gone_for_the_public_but_not_for_its_members_and_staff() {
        Actor owner = fixture.verifiedMember("CN");
        Actor stranger = fixture.verifiedMember("SG");
        Listing published = fixture.published(owner, "Trial data");
        Listing other = fixture.published(stranger, "Vessel feed");

        organizations.decideVerification(fixture.staff(), owner.organizationId(), "REJECTED", "Registry ID belongs to another firm");

        assertThatThrownBy(() -> listings.get(null, published.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> listings.get(stranger, published.id())).isInstanceOf(NotFound.class);
        assertThat(listings.get(owner, published.id()).title()).isEqualTo("Trial data");
        assertThat(listings.get(fixture.staff(), published.id()).title()).isEqualTo("Trial data");
        assertThat(listings.published(0, 10).getContent()).extracting(Listing::id).containsExactly(other.id());
        assertThat(listings.published(0, 10).getTotalSize()).isEqualTo(1);
        assertThat(listings.publishedOf(owner.organizationId(), 0, 10).getContent()).isEmpty();
        assertThat(listings.ofOrganization(owner, owner.organizationId(), 0, 10).getContent()).extracting(Listing::id).contains(published.id());
    }
}
