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
              window_start = IF(window_start < :windowCutoff, :now, window_start)""")
    void countFailure(String key, Instant now, Instant windowCutoff);
}
