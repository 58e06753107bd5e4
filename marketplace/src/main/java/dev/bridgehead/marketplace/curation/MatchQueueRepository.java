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
 * remaining conditions use (the plans are in docs/benchmarks.md). The other tables are asked through
 * scalar subqueries on their whole key: one primary-key lookup per row. Written as IN or EXISTS, the
 * planner flattened them into semi-joins that read every organisation of a jurisdiction (or every
 * need of a sector) for each match, ten times slower. The total is counted up to
 * {@link CurationService#QUEUE_COUNT_LIMIT} + 1 only: a page of 50 takes a millisecond, while an exact
 * count of 180,000 suggestions takes a hundred, and past a thousand (twenty pages) staff narrow the
 * filter rather than page on.
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
              AND (:seeker IS NULL OR (SELECT o.jurisdiction FROM organization o WHERE o.id = m.need_organization_id) = :seeker)
              AND (:provider IS NULL OR (SELECT o.jurisdiction FROM organization o WHERE o.id = m.listing_organization_id) = :provider)
              AND (:sector IS NULL OR (SELECT COUNT(*) FROM need_sector ns WHERE ns.need_id = m.need_id AND ns.sector = :sector) > 0)
              AND (:requested IS NULL OR (SELECT COUNT(*) FROM introduction_request r WHERE r.match_id = m.id) > 0)""";

    @Query(value = "SELECT m.*" + FILTERED, countQuery = "SELECT COUNT(*) FROM (SELECT 1" + FILTERED + " LIMIT 1001) bounded",
            nativeQuery = true)
    Page<Match> queue(@Nullable String status, @Nullable String verdict, @Nullable Integer minScore, @Nullable Instant createdBefore,
                      @Nullable Instant createdAfter, @Nullable String seeker, @Nullable String provider, @Nullable String sector, @Nullable Boolean requested, Pageable pageable);
}
