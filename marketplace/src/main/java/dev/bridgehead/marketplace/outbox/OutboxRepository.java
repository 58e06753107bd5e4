package dev.bridgehead.marketplace.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OutboxRepository extends CrudRepository<OutboxEvent, Long> {

    /** Due events, locked for this transaction; rows another node has locked are skipped, not waited for. */
    @Query(value = "SELECT * FROM outbox_event WHERE available_at <= :now ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED", nativeQuery = true)
    List<OutboxEvent> lockDue(Instant now, int limit);

    @Query("UPDATE outbox_event SET attempts = attempts + 1, available_at = :retryAt, last_error = :error WHERE id IN (:ids)")
    void postpone(Collection<Long> ids, Instant retryAt, String error);

    void deleteByIdIn(Collection<Long> ids);

    long countByAvailableAtLessThanEquals(Instant now);
}
