package dev.bridgehead.infra.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarketplaceGeneratorTest {

    @Test
    void theSameSeedGivesTheSameBilingualMarketplace() {
        MarketplaceGenerator one = new MarketplaceGenerator(42);
        MarketplaceGenerator two = new MarketplaceGenerator(42);
        List<MarketplaceGenerator.Organization> organizations = one.organizations(2_000, 50);

        assertThat(organizations).hasSize(40).isEqualTo(two.organizations(2_000, 50));
        assertThat(organizations).extracting(MarketplaceGenerator.Organization::jurisdiction).containsOnly("CN", "SG");
        List<MarketplaceGenerator.Listing> listings = one.listings(organizations, 2_000);
        assertThat(listings).hasSize(2_000).isEqualTo(two.listings(organizations, 2_000));
        assertThat(listings).filteredOn(l -> l.titleZh() != null).hasSizeGreaterThan(1_500);
        assertThat(listings).filteredOn(l -> l.titleZh() == null).isNotEmpty();
        assertThat(listings).allSatisfy(l -> assertThat(organizations.get(l.organization()).sector()).isEqualTo(l.sectors().get(0)));
        assertThat(one.needs(organizations, 100)).filteredOn(n -> organizations.get(n.organization()).jurisdiction().equals("CN"))
                .allSatisfy(n -> assertThat(n.title()).startsWith("寻找"));
        assertThat(one.queries(20)).hasSize(20).isEqualTo(two.queries(20));
        assertThat(new MarketplaceGenerator(43).listings(organizations, 50)).isNotEqualTo(listings.subList(0, 50));
    }
}
