package dev.bridgehead.marketplace.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class IndexFeedIT {

    @Inject
    IndexFeed feed;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    DatabaseCleaner database;

    @BeforeEach
    void clean() {
        database.clean();
    }

    @Test
    void a_pass_gives_every_published_listing_once_in_id_order_with_its_own_organisation_across_batches() {
        Actor singapore = fixture.verifiedMember("SG");
        Actor lingang = fixture.verifiedMember("CN");
        List<Long> published = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Actor owner = i % 2 == 0 ? singapore : lingang;
            published.add(fixture.published(owner, "Feed listing " + i).id());
            fixture.draft(owner, "Draft between " + i);
        }

        IndexFeed.Pass pass = feed.published();
        List<IndexedListing> seen = new ArrayList<>();
        for (List<IndexedListing> batch = pass.next(3); !batch.isEmpty(); batch = pass.next(3)) {
            assertThat(batch).hasSizeLessThanOrEqualTo(3);
            seen.addAll(batch);
        }

        assertThat(seen).extracting(indexed -> indexed.listing().id()).containsExactlyElementsOf(published);
        for (IndexedListing indexed : seen) {
            Listing listing = indexed.listing();
            assertThat(indexed.organization().id()).isEqualTo(listing.organizationId());
            assertThat(indexed.profile().organizationId()).isEqualTo(listing.organizationId());
            assertThat(indexed.searchable()).isTrue();
        }
        assertThat(seen).extracting(indexed -> indexed.organization().jurisdiction().name()).containsExactly("SG", "CN", "SG", "CN", "SG", "CN", "SG");
        assertThat(pass.next(3)).isEmpty();
    }
}
