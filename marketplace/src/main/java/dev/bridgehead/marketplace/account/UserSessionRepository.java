package dev.bridgehead.marketplace.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

/** Sessions in MySQL, shared by every web node. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface UserSessionRepository extends CrudRepository<UserSession, String> {

    @Query("UPDATE user_session SET ended_at = :now, ended_why = :why WHERE id = :id AND ended_at IS NULL")
    int end(String id, Instant now, String why);

    @Query("UPDATE user_session SET ended_at = :now, ended_why = :why WHERE user_id = :userId AND ended_at IS NULL AND expires_at > :now AND id <> :except")
    int endAllOf(Long userId, Instant now, String why, String except);

    /** Sessions ended since a moment that have not expired yet: what every node must refuse. */
    @Query("SELECT * FROM user_session WHERE ended_at >= :since AND expires_at > :now ORDER BY ended_at")
    List<UserSession> endedSince(Instant since, Instant now);

    @Query("SELECT * FROM user_session WHERE user_id = :userId AND ended_at IS NULL AND expires_at > :now ORDER BY created_at DESC")
    List<UserSession> activeOf(Long userId, Instant now);

    @Query("DELETE FROM user_session WHERE expires_at < :cutoff LIMIT 10000")
    int deleteExpiredBefore(Instant cutoff);
}
