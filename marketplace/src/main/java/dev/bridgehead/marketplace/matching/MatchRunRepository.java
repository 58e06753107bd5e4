package dev.bridgehead.marketplace.matching;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MatchRunRepository extends CrudRepository<MatchRun, Long> {

    /** Records the run, replacing the need's previous one, in one statement. */
    @Query(value = """
            INSERT INTO match_run (need_id, candidates, suggested, blocked, near_misses, matched_at)
            VALUES (:needId, :candidates, :suggested, :blocked, :nearMisses, :matchedAt)
            ON DUPLICATE KEY UPDATE candidates = VALUES(candidates), suggested = VALUES(suggested), blocked = VALUES(blocked),
                near_misses = VALUES(near_misses), matched_at = VALUES(matched_at)""", nativeQuery = true)
    void record(Long needId, int candidates, int suggested, int blocked, String nearMisses, java.time.Instant matchedAt);
}
