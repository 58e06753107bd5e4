package dev.bridgehead.marketplace.curation;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.matching.MatchStatus;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The park's figures against its published targets (by 2025: 100 top enterprises gathered, 50+
 * scenarios, a ¥100 bn data industry), each counted by one SQL statement on the current data.
 */
@Singleton
public class ParkKpis {

    public static final long ENTERPRISE_TARGET = 100;
    public static final long SCENARIO_TARGET = 50;
    public static final BigDecimal INDUSTRY_TARGET_CNY = new BigDecimal("100000000000");

    private final Counts counts;

    ParkKpis(Counts counts) {
        this.counts = counts;
    }

    /** The figures, for staff. */
    public Figures figures(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowed("Only park staff see the park's figures");
        }
        Map<MatchStatus, Long> byStatus = new EnumMap<>(MatchStatus.class);
        for (MatchStatus status : MatchStatus.values()) {
            byStatus.put(status, 0L);
        }
        counts.matchesByStatus().forEach(row -> byStatus.put(MatchStatus.valueOf(row.status()), row.count()));
        return new Figures(counts.enterprises(), counts.verifiedEnterprises(), counts.scenarios(), counts.publishedListings(), byStatus,
                counts.agreedDealValue(), ENTERPRISE_TARGET, SCENARIO_TARGET, INDUSTRY_TARGET_CNY);
    }

    @Serdeable
    public record Figures(long enterprises, long verifiedEnterprises, long scenarios, long publishedListings, Map<MatchStatus, Long> matchesByStatus,
                          BigDecimal agreedDealValueCny, long enterpriseTarget, long scenarioTarget, BigDecimal industryTargetCny) {
    }

    @io.micronaut.core.annotation.Introspected
    public record StatusCount(String status, long count) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    public interface Counts extends GenericRepository<dev.bridgehead.marketplace.organization.Organization, Long> {

        @Query(value = "SELECT COUNT(*) FROM organization", nativeQuery = true)
        long enterprises();

        @Query(value = "SELECT COUNT(*) FROM organization WHERE verification = 'VERIFIED'", nativeQuery = true)
        long verifiedEnterprises();

        @Query(value = "SELECT COUNT(*) FROM scenario", nativeQuery = true)
        long scenarios();

        @Query(value = "SELECT COUNT(*) FROM listing WHERE status = 'PUBLISHED'", nativeQuery = true)
        long publishedListings();

        @Query(value = "SELECT status, COUNT(*) AS count FROM partner_match GROUP BY status", nativeQuery = true)
        List<StatusCount> matchesByStatus();

        @Query(value = "SELECT COALESCE(SUM(deal_value_cny), 0) FROM partner_match WHERE status = 'AGREED'", nativeQuery = true)
        BigDecimal agreedDealValue();
    }
}
