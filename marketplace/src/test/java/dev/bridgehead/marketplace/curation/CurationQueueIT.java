package dev.bridgehead.marketplace.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.compliance.Verdict;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.marketplace.testing.SuggestionFixture;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The curation queue narrowed by sector, verdict, jurisdictions, score and age, and ordered, on the real database. */
@MicronautTest(transactional = false, startApplication = false)
class CurationQueueIT {

    @Inject
    CurationService curation;

    @Inject
    SuggestionFixture suggestions;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    DatabaseCleaner database;

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    private Actor staff;
    private Match shippingClear;
    private Match shippingSteps;
    private Match financeOld;
    private Match fromSingapore;

    @BeforeEach
    void queue() throws Exception {
        database.clean();
        staff = fixture.staff();
        Actor lingang = fixture.verifiedMember("CN");
        Actor singapore = fixture.verifiedMember("SG");
        shippingClear = suggestion(lingang, singapore, "INTERNATIONAL_SHIPPING", Verdict.CLEAR, 95);
        shippingSteps = suggestion(lingang, singapore, "INTERNATIONAL_SHIPPING", Verdict.NEEDS_STEPS, 60);
        financeOld = suggestion(lingang, singapore, "FINANCE", Verdict.CLEAR, 40);
        fromSingapore = suggestion(singapore, lingang, "FINANCE", Verdict.NEEDS_STEPS, 80);
        backdate(financeOld, Duration.ofDays(40));
        backdate(shippingSteps, Duration.ofDays(10));
    }

    @Test
    void withoutFiltersStaffSeeEverySuggestionBestScoreFirst() {
        assertThat(ids(QueueFilter.suggestions())).containsExactly(shippingClear.id(), fromSingapore.id(), shippingSteps.id(), financeOld.id());
    }

    @Test
    void eachFilterNarrowsTheQueue() {
        assertThat(ids(parse("sector", "FINANCE"))).containsExactly(fromSingapore.id(), financeOld.id());
        assertThat(ids(parse("verdict", "NEEDS_STEPS"))).containsExactly(fromSingapore.id(), shippingSteps.id());
        assertThat(ids(parse("seekerJurisdiction", "SG"))).containsExactly(fromSingapore.id());
        assertThat(ids(parse("providerJurisdiction", "SG"))).containsExactly(shippingClear.id(), shippingSteps.id(), financeOld.id());
        assertThat(ids(parse("minScore", "60"))).containsExactly(shippingClear.id(), fromSingapore.id(), shippingSteps.id());
        assertThat(ids(parse("minAgeDays", "7"))).containsExactly(shippingSteps.id(), financeOld.id());
        assertThat(ids(parse("maxAgeDays", "30"))).containsExactly(shippingClear.id(), fromSingapore.id(), shippingSteps.id());
    }

    @Test
    void filtersCombineAndTheTotalCountsWhatTheyLetThrough() {
        QueueFilter filter = QueueFilter.parse("SUGGESTED", "INTERNATIONAL_SHIPPING", "CLEAR", "CN", "SG", "50", null, null, null);
        var page = curation.list(staff, filter, 0, 10);
        assertThat(page.getContent()).extracting(Match::id).containsExactly(shippingClear.id());
        assertThat(page.getTotalSize()).isEqualTo(1);
    }

    @Test
    void theQueueOrdersByWaitingTimeOrNewestWhenAsked() {
        assertThat(ids(parse("sort", "OLDEST"))).startsWith(financeOld.id(), shippingSteps.id());
        assertThat(ids(parse("sort", "newest"))).endsWith(shippingSteps.id(), financeOld.id());
    }

    @Test
    void aStatusFilterShowsOnlyThatStatusAndPagesStayWithinTheFilter() {
        curation.approve(staff, shippingClear.id(), null);
        assertThat(ids(parse("status", "APPROVED"))).containsExactly(shippingClear.id());
        var second = curation.list(staff, QueueFilter.suggestions(), 1, 2);
        assertThat(second.getContent()).extracting(Match::id).containsExactly(financeOld.id());
        assertThat(second.getTotalSize()).isEqualTo(3);
    }

    @Test
    void badFiltersNameTheirField() {
        assertRefused("sector", () -> parse("sector", "MINING"));
        assertRefused("minScore", () -> parse("minScore", "101"));
        assertRefused("minScore", () -> parse("minScore", "lots"));
        assertRefused("minAgeDays", () -> parse("minAgeDays", "-1"));
        assertRefused("sort", () -> parse("sort", "RANDOM"));
        assertRefused("providerJurisdiction", () -> QueueFilter.parse(null, null, null, "CN", "CN", null, null, null, null));
        assertRefused("maxAgeDays", () -> QueueFilter.parse(null, null, null, null, null, null, "30", "7", null));
    }

    private static void assertRefused(String field, Runnable parse) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly(field));
    }

    private static QueueFilter parse(String name, String value) {
        return QueueFilter.parse(name.equals("status") ? value : "SUGGESTED", name.equals("sector") ? value : null,
                name.equals("verdict") ? value : null, name.equals("seekerJurisdiction") ? value : null,
                name.equals("providerJurisdiction") ? value : null, name.equals("minScore") ? value : null,
                name.equals("minAgeDays") ? value : null, name.equals("maxAgeDays") ? value : null, name.equals("sort") ? value : null);
    }

    private List<Long> ids(QueueFilter filter) {
        return curation.list(staff, filter, 0, 50).getContent().stream().map(Match::id).toList();
    }

    private Match suggestion(Actor seeker, Actor provider, String sector, Verdict verdict, double score) {
        return suggestions.suggestion(seeker, provider, "Data in " + sector, List.of(sector), "BOTH", verdict, score);
    }

    private void backdate(Match match, Duration age) throws Exception {
        try (Connection c = resolver.resolve(dataSource).getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE partner_match SET created_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(Instant.now().minus(age)));
            update.setLong(2, match.id());
            update.executeUpdate();
        }
    }
}
