package dev.bridgehead.marketplace.curation;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.compliance.Direction;
import dev.bridgehead.marketplace.failure.InputCheck;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.matching.MatchStatus;
import dev.bridgehead.marketplace.organization.Sector;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.type.Argument;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The park's figures against its published targets (by 2025: 100 top enterprises gathered, 50+
 * scenarios, a ¥100 bn data industry), how they grew month by month, and where matches and deals
 * are by sector and by direction of flow; each counted by SQL on the current data.
 */
@Singleton
public class ParkKpis {

    public static final long ENTERPRISE_TARGET = 100;
    public static final long SCENARIO_TARGET = 50;
    public static final BigDecimal INDUSTRY_TARGET_CNY = new BigDecimal("100000000000");
    /** Months are the park's (UTC+8, Shanghai and Singapore alike). */
    public static final ZoneOffset PARK_TIME = ZoneOffset.ofHours(8);
    public static final int MAX_MONTHS = 36;
    public static final int DEFAULT_MONTHS = 12;
    /** A match has been introduced once it reaches any of these. */
    static final Set<MatchStatus> INTRODUCED_OR_LATER = Set.of(MatchStatus.INTRODUCED, MatchStatus.IN_TALKS, MatchStatus.AGREED, MatchStatus.DECLINED);

    private final Counts counts;
    private final JsonMapper json;
    private final Clock clock;

    ParkKpis(Counts counts, JsonMapper json, Clock clock) {
        this.counts = counts;
        this.json = json;
        this.clock = clock;
    }

    /** The figures, for staff. */
    public Figures figures(Actor actor) {
        requireStaff(actor);
        Map<MatchStatus, Long> byStatus = zeroes();
        counts.matchesByStatus().forEach(row -> byStatus.put(MatchStatus.valueOf(row.status()), row.count()));
        return new Figures(counts.enterprises(), counts.verifiedEnterprises(), counts.scenarios(), counts.publishedListings(), byStatus,
                counts.agreedDealValue(), ENTERPRISE_TARGET, SCENARIO_TARGET, INDUSTRY_TARGET_CNY);
    }

    /**
     * The figures, the last {@code months} months (1 to {@link #MAX_MONTHS}, {@link #DEFAULT_MONTHS}
     * when absent) up to this one, and the breakdowns by sector and by direction.
     */
    public Dashboard dashboard(Actor actor, Integer months) {
        Figures figures = figures(actor);
        InputCheck check = new InputCheck();
        check.range("months", months == null ? null : months.longValue(), 1, MAX_MONTHS);
        check.throwIfInvalid();
        int span = months == null ? DEFAULT_MONTHS : months;
        YearMonth last = YearMonth.from(LocalDate.ofInstant(clock.instant(), PARK_TIME));
        YearMonth first = last.minusMonths(span - 1L);
        Instant since = first.atDay(1).atStartOfDay(PARK_TIME).toInstant();

        Map<String, long[]> byMonth = new LinkedHashMap<>();
        Map<String, BigDecimal> valueByMonth = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            byMonth.put(month.toString(), new long[5]);
            valueByMonth.put(month.toString(), BigDecimal.ZERO);
        }
        counts.verifiedByMonth(since).forEach(row -> add(byMonth, row.month(), 0, row.count()));
        counts.scenariosByMonth(since).forEach(row -> add(byMonth, row.month(), 1, row.count()));
        counts.suggestedByMonth(since).forEach(row -> add(byMonth, row.month(), 2, row.count()));
        for (StepMonth row : counts.stepsByMonth(since)) {
            add(byMonth, row.month(), row.status().equals(MatchStatus.INTRODUCED.name()) ? 3 : 4, row.count());
            if (row.status().equals(MatchStatus.AGREED.name()) && valueByMonth.containsKey(row.month())) {
                valueByMonth.merge(row.month(), row.value(), BigDecimal::add);
            }
        }
        long verifiedBefore = figures.verifiedEnterprises() - byMonth.values().stream().mapToLong(c -> c[0]).sum();
        long scenariosBefore = figures.scenarios() - byMonth.values().stream().mapToLong(c -> c[1]).sum();
        BigDecimal valueBefore = figures.agreedDealValueCny().subtract(valueByMonth.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        List<Month> trend = new ArrayList<>();
        long verified = verifiedBefore;
        long scenarios = scenariosBefore;
        BigDecimal value = valueBefore;
        for (Map.Entry<String, long[]> month : byMonth.entrySet()) {
            long[] c = month.getValue();
            verified += c[0];
            scenarios += c[1];
            value = value.add(valueByMonth.get(month.getKey()));
            trend.add(new Month(month.getKey(), c[0], verified, c[1], scenarios, c[2], c[3], c[4], valueByMonth.get(month.getKey()), value));
        }
        return new Dashboard(figures, trend, bySector(), byDirection());
    }

    private List<SectorRow> bySector() {
        Map<Sector, Funnel> rows = new EnumMap<>(Sector.class);
        for (Sector sector : Sector.values()) {
            rows.put(sector, new Funnel());
        }
        for (SectorsCount row : counts.publishedListingsBySectors()) {
            sectors(row.sectors()).forEach(sector -> rows.get(sector).base += row.count());
        }
        for (SectorsStatus row : counts.matchesByNeedSectors()) {
            sectors(row.sectors()).forEach(sector -> rows.get(sector).add(MatchStatus.valueOf(row.status()), row.count(), row.value()));
        }
        return rows.entrySet().stream().map(e -> {
            Funnel f = e.getValue();
            return new SectorRow(e.getKey(), f.base, f.matches, f.introduced, f.agreed, f.agreedValue);
        }).toList();
    }

    private List<DirectionRow> byDirection() {
        Map<Direction, Funnel> rows = new EnumMap<>(Direction.class);
        for (Direction direction : Direction.values()) {
            rows.put(direction, new Funnel());
        }
        counts.openNeedsByDirection().forEach(row -> rows.get(Direction.valueOf(row.status())).base += row.count());
        counts.matchesByNeedDirection().forEach(row -> rows.get(Direction.valueOf(row.kind())).add(MatchStatus.valueOf(row.status()), row.count(),
                row.value()));
        return rows.entrySet().stream().map(e -> {
            Funnel f = e.getValue();
            return new DirectionRow(e.getKey(), f.base, f.matches, f.introduced, f.agreed, f.agreedValue);
        }).toList();
    }

    /** One breakdown row being added up: its base figure (listings, needs), then its matches by how far they went. */
    private static final class Funnel {
        long base;
        long matches;
        long introduced;
        long agreed;
        BigDecimal agreedValue = BigDecimal.ZERO;

        void add(MatchStatus status, long count, BigDecimal value) {
            matches += count;
            if (INTRODUCED_OR_LATER.contains(status)) {
                introduced += count;
            }
            if (status == MatchStatus.AGREED) {
                agreed += count;
                agreedValue = agreedValue.add(value);
            }
        }
    }

    private List<Sector> sectors(String stored) {
        try {
            List<String> codes = json.readValue(stored, Argument.listOf(String.class));
            return codes.stream().distinct().map(Sector::valueOf).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Stored sectors are not a JSON list: " + stored, e);
        }
    }

    private static void add(Map<String, long[]> byMonth, String month, int column, long count) {
        long[] row = byMonth.get(month);
        if (row != null) {
            row[column] += count;
        }
    }

    private static Map<MatchStatus, Long> zeroes() {
        Map<MatchStatus, Long> byStatus = new EnumMap<>(MatchStatus.class);
        for (MatchStatus status : MatchStatus.values()) {
            byStatus.put(status, 0L);
        }
        return byStatus;
    }

    private static void requireStaff(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowed("Only park staff see the park's figures");
        }
    }

    @Serdeable
    public record Figures(long enterprises, long verifiedEnterprises, long scenarios, long publishedListings, Map<MatchStatus, Long> matchesByStatus,
                          BigDecimal agreedDealValueCny, long enterpriseTarget, long scenarioTarget, BigDecimal industryTargetCny) {

        /** Matches staff have introduced, whatever came of them since. */
        public long introduced() {
            return INTRODUCED_OR_LATER.stream().mapToLong(status -> matchesByStatus.getOrDefault(status, 0L)).sum();
        }
    }

    /** Everything the dashboard shows. */
    @Serdeable
    public record Dashboard(Figures figures, List<Month> trend, List<SectorRow> bySector, List<DirectionRow> byDirection) {
    }

    /**
     * One month (park time): what was new in it and the running totals at its end. Verified
     * enterprises are counted in the month of their latest verification.
     */
    @Serdeable
    public record Month(String month, long newlyVerified, long verifiedEnterprises, long newScenarios, long scenarios, long suggested,
                        long introduced, long agreed, BigDecimal agreedValueCny, BigDecimal cumulativeAgreedValueCny) {
    }

    /** A sector (of the need, for matches): published listings in it, its matches, those introduced and agreed, and the agreed value. */
    @Serdeable
    public record SectorRow(Sector sector, long publishedListings, long matches, long introduced, long agreed, BigDecimal agreedValueCny) {
    }

    /** A direction of flow (of the need): open needs, their matches, those introduced and agreed, and the agreed value. */
    @Serdeable
    public record DirectionRow(Direction direction, long openNeeds, long matches, long introduced, long agreed, BigDecimal agreedValueCny) {
    }

    @Introspected
    public record StatusCount(String status, long count) {
    }

    @Introspected
    public record MonthCount(String month, long count) {
    }

    @Introspected
    public record StepMonth(String month, String status, long count, BigDecimal value) {
    }

    @Introspected
    public record SectorsCount(String sectors, long count) {
    }

    @Introspected
    public record SectorsStatus(String sectors, String status, long count, BigDecimal value) {
    }

    @Introspected
    public record StatusValue(String kind, String status, long count, BigDecimal value) {
    }

    /** Each figure in one statement. Months are formatted in park time: stored times are UTC. */
    @JdbcRepository(dialect = Dialect.MYSQL)
    public interface Counts extends GenericRepository<dev.bridgehead.marketplace.organization.Organization, Long> {

        @Query(value = "SELECT COUNT(*) FROM organization", nativeQuery = true)
        long enterprises();

        @Query(value = "SELECT COUNT(*) FROM organization WHERE verification IN ('VERIFIED', 'PENDING_CHANGE')", nativeQuery = true)
        long verifiedEnterprises();

        @Query(value = "SELECT COUNT(*) FROM scenario", nativeQuery = true)
        long scenarios();

        @Query(value = "SELECT COUNT(*) FROM listing WHERE status = 'PUBLISHED'", nativeQuery = true)
        long publishedListings();

        @Query(value = "SELECT status, COUNT(*) AS count FROM partner_match GROUP BY status", nativeQuery = true)
        List<StatusCount> matchesByStatus();

        @Query(value = "SELECT COALESCE(SUM(deal_value_cny), 0) FROM partner_match WHERE status = 'AGREED'", nativeQuery = true)
        BigDecimal agreedDealValue();

        @Query(value = """
                SELECT DATE_FORMAT(DATE_ADD(v.at, INTERVAL 8 HOUR), '%Y-%m') AS month, COUNT(*) AS count
                  FROM (SELECT a.subject_id, MAX(a.at) AS at FROM audit_entry a JOIN organization o ON o.id = a.subject_id
                         WHERE a.subject_type = 'organization' AND a.action = 'organization.verified' AND o.verification IN ('VERIFIED', 'PENDING_CHANGE')
                         GROUP BY a.subject_id) v
                 WHERE v.at >= :since GROUP BY DATE_FORMAT(DATE_ADD(v.at, INTERVAL 8 HOUR), '%Y-%m')""", nativeQuery = true)
        List<MonthCount> verifiedByMonth(Instant since);

        @Query(value = """
                SELECT DATE_FORMAT(DATE_ADD(created_at, INTERVAL 8 HOUR), '%Y-%m') AS month, COUNT(*) AS count FROM scenario
                 WHERE created_at >= :since GROUP BY DATE_FORMAT(DATE_ADD(created_at, INTERVAL 8 HOUR), '%Y-%m')""", nativeQuery = true)
        List<MonthCount> scenariosByMonth(Instant since);

        @Query(value = """
                SELECT DATE_FORMAT(DATE_ADD(created_at, INTERVAL 8 HOUR), '%Y-%m') AS month, COUNT(*) AS count FROM partner_match
                 WHERE created_at >= :since GROUP BY DATE_FORMAT(DATE_ADD(created_at, INTERVAL 8 HOUR), '%Y-%m')""", nativeQuery = true)
        List<MonthCount> suggestedByMonth(Instant since);

        @Query(value = """
                SELECT DATE_FORMAT(DATE_ADD(at, INTERVAL 8 HOUR), '%Y-%m') AS month, to_status AS status, COUNT(*) AS count,
                       COALESCE(SUM(deal_value_cny), 0) AS value
                  FROM match_step WHERE at >= :since AND to_status IN ('INTRODUCED', 'AGREED') AND from_status <> to_status
                 GROUP BY DATE_FORMAT(DATE_ADD(at, INTERVAL 8 HOUR), '%Y-%m'), to_status""", nativeQuery = true)
        List<StepMonth> stepsByMonth(Instant since);

        @Query(value = "SELECT sectors, COUNT(*) AS count FROM listing WHERE status = 'PUBLISHED' GROUP BY sectors", nativeQuery = true)
        List<SectorsCount> publishedListingsBySectors();

        @Query(value = """
                SELECT n.sectors AS sectors, m.status AS status, COUNT(*) AS count, COALESCE(SUM(m.deal_value_cny), 0) AS value
                  FROM partner_match m JOIN need n ON n.id = m.need_id GROUP BY n.sectors, m.status""", nativeQuery = true)
        List<SectorsStatus> matchesByNeedSectors();

        @Query(value = "SELECT direction AS status, COUNT(*) AS count FROM need WHERE status = 'OPEN' GROUP BY direction", nativeQuery = true)
        List<StatusCount> openNeedsByDirection();

        @Query(value = """
                SELECT n.direction AS kind, m.status AS status, COUNT(*) AS count, COALESCE(SUM(m.deal_value_cny), 0) AS value
                  FROM partner_match m JOIN need n ON n.id = m.need_id GROUP BY n.direction, m.status""", nativeQuery = true)
        List<StatusValue> matchesByNeedDirection();
    }
}
