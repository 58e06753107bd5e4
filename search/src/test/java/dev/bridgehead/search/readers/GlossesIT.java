package dev.bridgehead.search.readers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingInput;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a reader of the other language sees of a listing, and how many such readers its provider is told it missed. */
@MicronautTest(transactional = false, startApplication = false)
class GlossesIT {

    @Inject
    Glosses glosses;

    @Inject
    SearchLog log;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    DatabaseCleaner database;

    @BeforeEach
    void clean() {
        database.clean();
    }

    @Test
    void aChineseOnlyListingShowsEnglishReadersAGlossAndCountsTheirSearchesThatShareItsWords() {
        Listing chinese = publish(fixture.verifiedMember("CN"), "港口拥堵指数", null, List.of("等泊时间", "船舶"));

        assertThat(glosses.of(chinese, "en")).hasValueSatisfying(gloss -> {
            assertThat(gloss.title()).isEqualTo("port congestion index");
            assertThat(gloss.tags()).contains("vessel");
        });
        assertThat(glosses.of(chinese, "zh")).as("a reader of its own language").isEmpty();

        log.record("port congestion singapore");
        log.record("Congestion index");
        log.record("vessel tracking");
        log.record("港口拥堵");
        log.record("   ");
        log.flush();

        assertThat(glosses.missedReaders(chinese)).isEqualTo(2);
    }

    @Test
    void anEnglishOnlyListingCountsChineseSearchesAndABilingualOneNothing() {
        Listing english = publish(fixture.verifiedMember("SG"), "Carbon accounting for logistics fleets", null, List.of("emissions"));
        Listing both = publish(fixture.verifiedMember("SG"), "Flight delay statistics", "航班延误统计", List.of());

        assertThat(glosses.of(english, "zh")).hasValueSatisfying(gloss -> assertThat(gloss.title()).contains("碳排放核算"));
        log.record("碳排放核算");
        log.record("物流车队");
        log.record("carbon accounting");
        log.flush();

        assertThat(glosses.missedReaders(english)).isEqualTo(2);
        assertThat(glosses.of(both, "en")).isEmpty();
        assertThat(glosses.of(both, "zh")).isEmpty();
        assertThat(glosses.missedReaders(both)).isZero();
    }

    private Listing publish(Actor owner, String title, String titleZh, List<String> tags) {
        return fixture.published(owner, new ListingInput("DATA_PRODUCT", title, titleZh, null, "About " + title, null,
                List.of("INTERNATIONAL_SHIPPING"), List.of("GENERAL"), List.of("CN_TO_SG"), List.of("API"), tags, List.of(), "SUBSCRIPTION", null));
    }
}
