package dev.bridgehead.marketplace.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MatchRefreshRepository extends CrudRepository<MatchRefresh, Long> {

    /**
     * Due refreshes whose change the search index already holds (no outbox event up to
     * {@code indexed_after} is left), locked for this transaction; rows another node holds are skipped.
     */
    @Query(value = """
            SELECT * FROM match_refresh
            WHERE available_at <= :now
              AND (indexed_after IS NULL OR NOT EXISTS (SELECT 1 FROM outbox_event e WHERE e.id <= match_refresh.indexed_after))
            ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<MatchRefresh> lockDue(Instant now, int limit);

    /** This refresh, locked for this transaction; empty when it is gone or another node holds it. */
    @Query(value = "SELECT * FROM match_refresh WHERE id = :id FOR UPDATE SKIP LOCKED", nativeQuery = true)
    java.util.Optional<MatchRefresh> lockOne(Long id);

    @Query("UPDATE match_refresh SET attempts = attempts + 1, available_at = :retryAt, last_error = :error WHERE id IN (:ids)")
    void postpone(Collection<Long> ids, Instant retryAt, String error);

    void deleteByIdIn(Collection<Long> ids);

    /**
     * Queues a re-assessment of every organisation with an open match whose verdict came from
     * another rule book than {@code version} (or none recorded); returns how many were queued.
     */
    @Query(value = """
            INSERT INTO match_refresh (aggregate_type, aggregate_id, indexed_after, created_at, available_at, attempts)
            SELECT 'assessment', organization_id, NULL, :now, :now, 0 FROM (
              SELECT need_organization_id AS organization_id FROM partner_match
               WHERE status IN ('SUGGESTED', 'APPROVED', 'INTRODUCED', 'IN_TALKS') AND (rule_book_version IS NULL OR rule_book_version <> :version)
              UNION
              SELECT listing_organization_id FROM partner_match
               WHERE status IN ('SUGGESTED', 'APPROVED', 'INTRODUCED', 'IN_TALKS') AND (rule_book_version IS NULL OR rule_book_version <> :version)
            ) stale
             WHERE NOT EXISTS (SELECT 1 FROM match_refresh r WHERE r.aggregate_type = 'assessment' AND r.aggregate_id = stale.organization_id)""",
            nativeQuery = true)
    int queueReassessmentOfOtherRuleBooks(String version, Instant now);

    /** Queues a re-assessment of every organisation with an open match, after a park setting changed. */
    @Query(value = """
            INSERT INTO match_refresh (aggregate_type, aggregate_id, indexed_after, created_at, available_at, attempts)
            SELECT 'assessment', organization_id, NULL, :now, :now, 0 FROM (
              SELECT need_organization_id AS organization_id FROM partner_match WHERE status IN ('SUGGESTED', 'APPROVED', 'INTRODUCED', 'IN_TALKS')
              UNION
              SELECT listing_organization_id FROM partner_match WHERE status IN ('SUGGESTED', 'APPROVED', 'INTRODUCED', 'IN_TALKS')
            ) open_matches""", nativeQuery = true)
    int queueReassessmentOfAllOpenMatches(Instant now);

    /**
     * Queues a re-assessment of every organisation whose open needs name a negative-list scenario and
     * have open matches, after a list changed. One already queued is queued again: a re-assessment under
     * way may have read the lists before the change.
     */
    @Query(value = """
            INSERT INTO match_refresh (aggregate_type, aggregate_id, indexed_after, created_at, available_at, attempts)
            SELECT 'assessment', organization_id, NULL, :now, :now, 0 FROM (
              SELECT DISTINCT m.need_organization_id AS organization_id FROM partner_match m JOIN need n ON n.id = m.need_id
               WHERE n.list_scenario IS NOT NULL AND m.status IN ('SUGGESTED', 'APPROVED', 'INTRODUCED', 'IN_TALKS')
            ) listed""", nativeQuery = true)
    int queueReassessmentOfListedNeeds(Instant now);

    /** Queues a refresh of every open need, for "re-match everything". */
    @Query(value = """
            INSERT INTO match_refresh (aggregate_type, aggregate_id, indexed_after, created_at, available_at, attempts)
            SELECT 'need', id, NULL, :now, :now, 0 FROM need WHERE status = 'OPEN'""", nativeQuery = true)
    int queueAllOpenNeeds(Instant now);
}
