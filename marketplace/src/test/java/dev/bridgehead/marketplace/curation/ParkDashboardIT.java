package dev.bridgehead.marketplace.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.compliance.Verdict;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.organization.Sector;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.marketplace.testing.SuggestionFixture;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's numbers against counts computed another way, directly in SQL on the same data:
 * per sector with JSON_CONTAINS rather than by grouping stored sector lists, per month by ranges of
 * time rather than by formatted months.
 */
@MicronautTest(transactional = false, startApplication = false)
class ParkDashboardIT {

    @Inject
    ParkKpis kpis;

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
    private Actor lingang;
    private Actor singapore;

    @BeforeEach
    void marketplace() throws Exception {
        database.clean();
        staff = fixture.staff();
        lingang = fixture.verifiedMember("CN");
        singapore = fixture.verifiedMember("SG");
        fixture.member("SG");
        Match shipping = suggestion(lingang, singapore, List.of("INTERNATIONAL_SHIPPING", "DIGITAL_TRADE"), "CN_TO_SG");
        Match biomedicine = suggestion(singapore, lingang, List.of("BIOMEDICINE"), "SG_TO_CN");
        Match older = suggestion(lingang, singapore, List.of("BIOMEDICINE", "FINANCE"), "BOTH");
        suggestion(lingang, singapore, List.of("FINANCE"), "CN_TO_SG");
        agree(shipping, "2500000.50");
        agree(biomedicine, "100.25");
        curation.approve(staff, older.id(), null);
        curation.introduce(staff, older.id(), null);
        sql("UPDATE partner_match SET created_at = ? WHERE id = " + older.id(), Timestamp.from(Instant.now().minusSeconds(70L * 24 * 3600)));
        sql("UPDATE match_step SET at = ? WHERE match_id = " + older.id(), Timestamp.from(Instant.now().minusSeconds(70L * 24 * 3600)));
    }

    @Test
    void theFiguresAndTheBreakdownsAgreeWithSql() throws Exception {
        ParkKpis.Dashboard dashboard = kpis.dashboard(staff, 12);

        assertThat(dashboard.figures().verifiedEnterprises()).isEqualTo(count("SELECT COUNT(*) FROM organization WHERE verification = 'VERIFIED'"));
        assertThat(dashboard.figures().introduced()).isEqualTo(count(
                "SELECT COUNT(*) FROM partner_match WHERE status IN ('INTRODUCED', 'IN_TALKS', 'AGREED', 'DECLINED')"));
        for (ParkKpis.SectorRow row : dashboard.bySector()) {
            String sector = "'\"" + row.sector() + "\"'";
            String ofSector = " FROM partner_match m JOIN need n ON n.id = m.need_id WHERE JSON_CONTAINS(n.sectors, " + sector + ")";
            assertThat(row.matches()).as(row.sector().name()).isEqualTo(count("SELECT COUNT(*)" + ofSector));
            assertThat(row.agreed()).as(row.sector().name()).isEqualTo(count("SELECT COUNT(*)" + ofSector + " AND m.status = 'AGREED'"));
            assertThat(row.introduced()).as(row.sector().name()).isEqualTo(count("SELECT COUNT(*)" + ofSector
                    + " AND m.status IN ('INTRODUCED', 'IN_TALKS', 'AGREED', 'DECLINED')"));
            assertThat(row.agreedValueCny()).as(row.sector().name()).isEqualByComparingTo(decimal(
                    "SELECT COALESCE(SUM(m.deal_value_cny), 0)" + ofSector + " AND m.status = 'AGREED'"));
            assertThat(row.publishedListings()).as(row.sector().name()).isEqualTo(count(
                    "SELECT COUNT(*) FROM listing WHERE status = 'PUBLISHED' AND JSON_CONTAINS(sectors, " + sector + ")"));
        }
        for (ParkKpis.DirectionRow row : dashboard.byDirection()) {
            String ofDirection = " FROM partner_match m JOIN need n ON n.id = m.need_id WHERE n.direction = '" + row.direction() + "'";
            assertThat(row.matches()).as(row.direction().name()).isEqualTo(count("SELECT COUNT(*)" + ofDirection));
            assertThat(row.agreedValueCny()).as(row.direction().name()).isEqualByComparingTo(decimal(
                    "SELECT COALESCE(SUM(m.deal_value_cny), 0)" + ofDirection + " AND m.status = 'AGREED'"));
            assertThat(row.openNeeds()).as(row.direction().name()).isEqualTo(count(
                    "SELECT COUNT(*) FROM need WHERE status = 'OPEN' AND direction = '" + row.direction() + "'"));
        }
        assertThat(dashboard.bySector()).filteredOn(r -> r.sector() == Sector.BIOMEDICINE).singleElement()
                .satisfies(r -> assertThat(r.matches()).isEqualTo(2));
    }

    @Test
    void eachMonthCountsWhatHappenedInItAndEndsOnTheCurrentTotals() throws Exception {
        ParkKpis.Dashboard dashboard = kpis.dashboard(staff, 6);

        assertThat(dashboard.trend()).hasSize(6);
        for (ParkKpis.Month month : dashboard.trend()) {
            YearMonth m = YearMonth.parse(month.month());
            Timestamp from = Timestamp.from(m.atDay(1).atStartOfDay(ParkKpis.PARK_TIME).toInstant());
            Timestamp to = Timestamp.from(m.plusMonths(1).atDay(1).atStartOfDay(ParkKpis.PARK_TIME).toInstant());
            assertThat(month.suggested()).as(month.month()).isEqualTo(count("SELECT COUNT(*) FROM partner_match WHERE created_at >= ? AND created_at < ?",
                    from, to));
            assertThat(month.introduced()).as(month.month()).isEqualTo(count(
                    "SELECT COUNT(*) FROM match_step WHERE to_status = 'INTRODUCED' AND at >= ? AND at < ?", from, to));
            assertThat(month.agreedValueCny()).as(month.month()).isEqualByComparingTo(decimal(
                    "SELECT COALESCE(SUM(deal_value_cny), 0) FROM match_step WHERE to_status = 'AGREED' AND at >= ? AND at < ?", from, to));
        }
        ParkKpis.Month current = dashboard.trend().get(5);
        assertThat(current.month()).isEqualTo(YearMonth.from(LocalDate.now(ParkKpis.PARK_TIME)).toString());
        assertThat(current.verifiedEnterprises()).isEqualTo(dashboard.figures().verifiedEnterprises());
        assertThat(current.scenarios()).isEqualTo(dashboard.figures().scenarios());
        assertThat(current.cumulativeAgreedValueCny()).isEqualByComparingTo("2500100.75");
        assertThat(dashboard.trend().stream().mapToLong(ParkKpis.Month::introduced).sum()).as("the backdated introduction is in the window")
                .isEqualTo(3);
    }

    @Test
    void onlyStaffSeeTheDashboard() {
        assertThatThrownBy(() -> kpis.dashboard(lingang, 12)).isInstanceOf(NotAllowed.class);
    }

    private void agree(Match match, String value) {
        curation.approve(staff, match.id(), null);
        curation.introduce(staff, match.id(), null);
        Actor party = lingang.organizationId().equals(match.needOrganizationId()) ? lingang : singapore;
        curation.progress(party, match.id(), "AGREED", new BigDecimal(value), null);
    }

    private Match suggestion(Actor seeker, Actor provider, List<String> sectors, String direction) {
        return suggestions.suggestion(seeker, provider, "Need in " + sectors, sectors, direction, Verdict.CLEAR, 70);
    }

    private void sql(String statement, Object... parameters) throws Exception {
        try (Connection c = resolver.resolve(dataSource).getConnection(); PreparedStatement s = prepare(c, statement, parameters)) {
            s.executeUpdate();
        }
    }

    private long count(String query, Object... parameters) throws Exception {
        return decimal(query, parameters).longValueExact();
    }

    private BigDecimal decimal(String query, Object... parameters) throws Exception {
        try (Connection c = resolver.resolve(dataSource).getConnection(); PreparedStatement s = prepare(c, query, parameters);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getBigDecimal(1);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws Exception {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
