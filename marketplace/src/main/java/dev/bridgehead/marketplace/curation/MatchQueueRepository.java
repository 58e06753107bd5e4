package dev.bridgehead.marketplace.curation;

import dev.bridgehead.marketplace.matching.Match;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;

/**
 * The curation queue's one query. Absent filters are bound as NULL: the MySQL driver sends the
 * values inline, so the server folds {@code NULL IS NULL} away and plans on the indexes that the
 * remaining conditions use (the plans are in docs/benchmarks.md).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface MatchQueueRepository extends GenericRepository<Match, Long> {

    String FILTERED = """
             FROM partner_match m
            WHERE (:status IS NULL OR m.status = :status)
              AND (:verdict IS NULL OR m.verdict = :verdict)
              AND (:minScore IS NULL OR m.score >= :minScore)
              AND (:createdBefore IS NULL OR m.created_at <= :createdBefore)
              AND (:createdAfter IS NULL OR m.created_at >= :createdAfter)
              AND (:seeker IS NULL OR m.need_organization_id IN (SELECT o.id FROM organization o WHERE o.jurisdiction = :seeker))
              AND (:provider IS NULL OR m.listing_organization_id IN (SELECT o.id FROM organization o WHERE o.jurisdiction = :provider))
              AND (:sector IS NULL OR m.need_id IN (SELECT n.id FROM need n WHERE JSON_CONTAINS(n.sectors, :sector)))""";

    /** {@code sector} is a JSON string ({@code "FINANCE"} with its quotes), as JSON_CONTAINS takes it. */
    @Query(value = "SELECT m.*" + FILTERED, countQuery = "SELECT COUNT(*)" + FILTERED, nativeQuery = true)
    Page<Match> queue(@Nullable String status, @Nullable String verdict, @Nullable Integer minScore, @Nullable Instant createdBefore,
                      @Nullable Instant createdAfter, @Nullable String seeker, @Nullable String provider, @Nullable String sector, Pageable pageable);
}
