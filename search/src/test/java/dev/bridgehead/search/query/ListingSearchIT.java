package dev.bridgehead.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.infra.testing.TestStack;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingInput;
import dev.bridgehead.marketplace.listing.ListingService;
import dev.bridgehead.marketplace.glossary.GlossaryTerms;
import dev.bridgehead.marketplace.glossary.TermInput;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.search.indexer.OutboxIndexer;
import dev.bridgehead.search.query.SearchQuery.Facet;
import dev.bridgehead.search.testing.IndexingSupport;
import dev.bridgehead.search.testing.SearchIndexCleaner;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class ListingSearchIT {

    @Inject
    ListingSearch search;

    @Inject
    ListingService listings;

    @Inject
    OutboxIndexer indexer;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    IndexingSupport indexing;

    @Inject
    DatabaseCleaner database;

    @Inject
    GlossaryTerms glossary;

    @Inject
    SearchIndexCleaner indices;

    private Actor singapore;
    private Actor lingang;

    @BeforeEach
    void marketplace() {
        database.clean();
        indices.clean();
        singapore = fixture.verifiedMember("SG");
        lingang = fixture.verifiedMember("CN");
    }

    @Test
    void an_english_and_a_chinese_query_find_the_listing_written_in_both() {
        Listing trial = publish(singapore, "Clinical trial data management", "临床试验数据管理", "BIOMEDICINE", List.of("CRO", "临床"));
        publish(lingang, "Vessel position feed", "船舶位置数据", "INTERNATIONAL_SHIPPING", List.of("AIS"));
        drain();

        assertThat(ids(query("clinical trial"))).containsExactly(trial.id().toString());
        assertThat(ids(query("临床试验"))).containsExactly(trial.id().toString());
        assertThat(query("临床试验").items().get(0).highlights()).containsKey("titleZh");
    }

    @Test
    void a_query_in_one_language_finds_listings_written_only_in_the_other_after_those_in_its_own() {
        Listing chinese = publish(lingang, "港口拥堵指数", null, "INTERNATIONAL_SHIPPING", List.of());
        Listing english = publish(singapore, "Port congestion index for Singapore terminals", null, "INTERNATIONAL_SHIPPING", List.of());
        Listing carbon = publish(singapore, "Carbon accounting for logistics fleets", null, "INTERNATIONAL_SHIPPING", List.of());
        publish(lingang, "船舶位置数据", null, "INTERNATIONAL_SHIPPING", List.of());
        drain();

        assertThat(ids(query("port congestion index"))).as("its own language first, then the translation")
                .containsExactly(english.id().toString(), chinese.id().toString());
        assertThat(ids(query("港口拥堵指数"))).containsExactly(chinese.id().toString(), english.id().toString());
        assertThat(ids(query("碳排放核算"))).containsExactly(carbon.id().toString());
        assertThat(search.bridges(SearchQuery.of("碳排放核算", Map.of(), null, 1, 20))).extracting(Object::toString)
                .containsExactly("碳排放核算 ↔ carbon accounting");
    }

    @Test
    void each_result_found_across_the_border_says_through_which_words() {
        Listing chinese = publish(lingang, "港口拥堵指数", null, "INTERNATIONAL_SHIPPING", List.of("等泊时间"));
        drain();

        SearchResult.Hit hit = query("port congestion index").items().get(0);
        assertThat(hit.id()).isEqualTo(chinese.id().toString());
        assertThat(hit.crossed()).contains("port congestion ↔ 港口拥堵").as("each crossing once").doesNotContain("港口 ↔ port");
        assertThat(hit.highlights()).doesNotContainKey("translated");
        assertThat(search.search(SearchQuery.of("port congestion index", Map.of(), null, 1, 20), Translating.INDEX).items().get(0).crossed())
                .as("through the listing's indexed translation, word by word").contains("港口 ↔ port", "指数 ↔ index");
    }

    @Test
    void a_term_staff_add_to_the_glossary_applies_to_the_next_search() {
        Listing crane = publish(lingang, "岸桥作业效率数据", null, "INTERNATIONAL_SHIPPING", List.of());
        drain();
        assertThat(query("quay crane productivity").total()).isZero();

        glossary.add(fixture.staff(), new TermInput("quay crane", "岸桥", "INTERNATIONAL_SHIPPING", null, null));
        glossary.add(fixture.staff(), new TermInput("productivity", "作业效率", "INTERNATIONAL_SHIPPING", null, null));

        assertThat(ids(query("quay crane productivity"))).containsExactly(crane.id().toString());
    }

    @Test
    void suggestions_cross_the_border_too() {
        publish(lingang, "港口拥堵指数", null, "INTERNATIONAL_SHIPPING", List.of());
        publish(singapore, "Port state control inspections", null, "INTERNATIONAL_SHIPPING", List.of());
        drain();

        assertThat(search.suggest("Port")).startsWith("Port state control inspections").contains("港口拥堵指数");
        assertThat(search.suggest("港口")).startsWith("港口拥堵指数").contains("Port state control inspections");
    }

    @Test
    void facets_count_the_results_and_filters_combine() {
        publish(singapore, "Port call data", "港口挂靠数据", "INTERNATIONAL_SHIPPING", List.of());
        publish(lingang, "Port emissions data", "港口排放数据", "INTERNATIONAL_SHIPPING", List.of());
        publish(lingang, "Port finance research", "港口金融研究", "FINANCE", List.of());
        drain();

        SearchResult all = query("port");
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.facets().get(Facet.JURISDICTION)).extracting(SearchResult.FacetCount::value, SearchResult.FacetCount::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CN", 2L), org.assertj.core.groups.Tuple.tuple("SG", 1L));

        SearchResult filtered = search.search(SearchQuery.of("port", Map.of(Facet.JURISDICTION, List.of("CN"), Facet.SECTOR,
                List.of("INTERNATIONAL_SHIPPING")), null, 1, 20));
        assertThat(filtered.total()).isEqualTo(1);
        assertThat(filtered.facets().get(Facet.JURISDICTION)).as("a facet's own filter does not narrow its counts")
                .extracting(SearchResult.FacetCount::value).containsExactlyInAnyOrder("CN", "SG");
    }

    @Test
    void unpublishing_removes_the_listing_from_search() {
        Listing listing = publish(singapore, "Fund research feed", "基金研究数据", "FINANCE", List.of());
        drain();
        assertThat(query("fund").total()).isEqualTo(1);

        listings.unpublish(singapore, listing.id());
        drain();

        assertThat(query("fund").total()).isZero();
    }

    @Test
    void query_text_is_never_elasticsearch_syntax() {
        publish(singapore, "Genomics data", "基因组数据", "BIOMEDICINE", List.of());
        drain();

        for (String hostile : List.of("title:* OR 1=1", "\"unbalanced", "*", "a AND (b", "{\"match_all\":{}}", "\uffff𠀋 ☃")) {
            assertThat(search.search(SearchQuery.of(hostile, Map.of(), null, 1, 20)).total()).as(hostile).isZero();
        }
        assertThatThrownBy(() -> SearchQuery.of("nul\u0000byte", Map.of(), null, 1, 20)).isInstanceOf(InvalidInput.class);
        String longest = "港口拥堵指数船舶位置数据临床试验碳排放核算物流车队航班延误".repeat(10).substring(0, SearchQuery.MAX_TEXT);
        assertThat(search.search(SearchQuery.of(longest, Map.of(), null, 1, 20)).total()).as("the longest query is still a bounded request")
                .isGreaterThanOrEqualTo(0);
        String longestEnglish = "port congestion index vessel clinical trial carbon accounting fleet ".repeat(5).substring(0, SearchQuery.MAX_TEXT);
        assertThat(search.search(SearchQuery.of(longestEnglish, Map.of(), null, 1, 20)).total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void suggestions_complete_titles_organisations_and_tags() {
        publish(singapore, "Container ETA prediction", "集装箱到港预测", "INTERNATIONAL_SHIPPING", List.of("ETA"));
        drain();

        assertThat(search.suggest("Conta")).contains("Container ETA prediction");
        assertThat(search.suggest("集装")).contains("集装箱到港预测");
    }

    @Test
    void bad_paging_sorting_and_facet_values_are_refused_with_their_fields() {
        assertThatThrownBy(() -> SearchQuery.of("x", Map.of(Facet.SECTOR, List.of("SPACE")), "cheapest", 100_000, 10_000))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .contains("sector[0]", "sort", "size", "page"));
        assertThatThrownBy(() -> SearchQuery.of("x".repeat(201), Map.of(), null, 1, 20)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void with_elasticsearch_down_publishing_still_works_and_the_listing_is_found_once_it_is_back() {
        TestStack.shared().stopElasticsearch();
        Listing listing;
        try {
            listing = publish(singapore, "Cold chain telemetry", "冷链遥测数据", "INTERNATIONAL_SHIPPING", List.of());
            assertThatThrownBy(() -> query("cold chain")).isInstanceOf(SearchUnavailable.class);
            indexer.drain();
        } finally {
            TestStack.shared().startElasticsearch();
        }
        awaitFound("cold chain", listing.id().toString());
    }

    private void awaitFound(String text, String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            indexer.drain();
            refresh();
            try {
                if (ids(query(text)).contains(id)) {
                    return;
                }
            } catch (SearchUnavailable e) {
                // still coming back
            }
            sleep();
        }
        throw new AssertionError(id + " was not found for '" + text + "' within 60 s");
    }

    private Listing publish(Actor owner, String title, String titleZh, String sector, List<String> tags) {
        return fixture.published(owner, new ListingInput("DATA_PRODUCT", title, titleZh, "About " + title, null, null, List.of(sector),
                List.of("GENERAL"), List.of("CN_TO_SG"), List.of("API"), tags, List.of(), "SUBSCRIPTION", null));
    }

    /** Until everything written is searchable (the scheduled indexer may take events too). */
    private void drain() {
        indexing.awaitIndexed();
    }

    private void refresh() {
        try {
            search.refresh();
        } catch (SearchUnavailable e) {
            // nothing to refresh while Elasticsearch is down
        }
    }

    private SearchResult query(String text) {
        return search.search(SearchQuery.of(text, Map.of(), null, 1, 20));
    }

    private static List<String> ids(SearchResult result) {
        return result.items().stream().map(SearchResult.Hit::id).toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
