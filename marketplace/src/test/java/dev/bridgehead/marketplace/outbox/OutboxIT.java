package dev.bridgehead.marketplace.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingInput;
import dev.bridgehead.marketplace.listing.ListingService;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class OutboxIT {

    @Inject
    OutboxRepository events;

    @Inject
    ListingService listings;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    DatabaseCleaner database;

    @Inject
    BacklogMetrics backlog;

    @BeforeEach
    void clean() {
        database.clean();
    }

    @Test
    void every_listing_change_leaves_an_event_for_the_index() {
        Actor owner = fixture.verifiedMember("SG");
        events.deleteAll();

        Listing published = fixture.published(owner, "Vessel feed");

        assertThat(all()).filteredOn(e -> e.aggregateType().equals(OutboxEvent.LISTING))
                .extracting(OutboxEvent::aggregateId).containsOnly(published.id()).hasSize(3);
    }

    @Test
    void the_backlog_waiting_for_the_index_is_measured() {
        Actor owner = fixture.verifiedMember("SG");
        fixture.published(owner, "Vessel feed");

        backlog.read();

        assertThat(backlog.outbox()[0]).isEqualTo(events.count());
        assertThat(backlog.outbox()[0]).isPositive();
        events.deleteAll();
        backlog.read();
        assertThat(backlog.outbox()).containsExactly(0, 0);
    }

    @Test
    void a_refused_change_leaves_no_event() {
        Actor owner = fixture.member("CN");
        events.deleteAll();

        assertThatThrownBy(() -> listings.create(owner, new ListingInput(null, null, null, null, null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, null))).isInstanceOf(InvalidInput.class);

        assertThat(all()).isEmpty();
    }

    @Test
    void verifying_an_organisation_leaves_an_event_for_its_listings() {
        Actor owner = fixture.member("CN");
        events.deleteAll();

        fixture.verify(owner);

        assertThat(all()).extracting(OutboxEvent::aggregateType, OutboxEvent::aggregateId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OutboxEvent.ORGANIZATION, owner.organizationId()));
    }

    private List<OutboxEvent> all() {
        return StreamSupport.stream(events.findAll().spliterator(), false).toList();
    }
}
