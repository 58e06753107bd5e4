package dev.bridgehead.marketplace.curation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface NotificationRepository extends CrudRepository<Notification, Long> {

    Page<Notification> findByOrganizationId(Long organizationId, Pageable pageable);

    long countByOrganizationIdAndReadAtIsNull(Long organizationId);

    @Query("UPDATE notification SET read_at = :at WHERE organization_id = :organizationId AND read_at IS NULL")
    void markAllRead(Long organizationId, Instant at);
}
