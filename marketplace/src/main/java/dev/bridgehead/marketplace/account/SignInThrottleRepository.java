package dev.bridgehead.marketplace.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

/** Failure counters shared by every web node through MySQL. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SignInThrottleRepository extends CrudRepository<SignInThrottle, String> {

    /** Counts one failure, starting a new window when the old one began before {@code windowCutoff}. */
    @Query("""
            INSERT INTO sign_in_throttle (throttle_key, window_start, failures) VALUES (:key, :now, 1)
            ON DUPLICATE KEY UPDATE
              failures = IF(window_start < :windowCutoff, 1, failures + 1),
              blocked_until = IF(window_start < :windowCutoff, NULL, blocked_until),
              window_start = IF(window_start < :windowCutoff, :now, window_start)""")
    void countFailure(String key, Instant now, Instant windowCutoff);

    /** Takes one counted attempt back (it proved right). */
    @Query("UPDATE sign_in_throttle SET failures = GREATEST(failures - 1, 0) WHERE throttle_key = :key")
    void takeBack(String key);

    @Query("UPDATE sign_in_throttle SET blocked_until = :until WHERE throttle_key = :key")
    void block(String key, Instant until);

    /** Remembers (or refreshes) a key without failures, such as an address an account signed in from. */
    @Query("""
            INSERT INTO sign_in_throttle (throttle_key, window_start, failures) VALUES (:key, :now, 0)
            ON DUPLICATE KEY UPDATE window_start = :now, failures = 0, blocked_until = NULL""")
    void remember(String key, Instant now);

    /** How many keys starting with {@code prefix} counted a failure in the current window: e.g. the accounts tried from one address. */
    @Query("SELECT COUNT(*) FROM sign_in_throttle WHERE throttle_key LIKE CONCAT(:prefix, '%') AND window_start >= :windowCutoff AND failures > 0")
    long countKeys(String prefix, Instant windowCutoff);

    /** Forgets counters and remembered addresses last touched before {@code cutoff}. */
    @Query("DELETE FROM sign_in_throttle WHERE window_start < :cutoff AND (blocked_until IS NULL OR blocked_until < :cutoff) LIMIT 10000")
    int deleteOlderThan(Instant cutoff);
}
