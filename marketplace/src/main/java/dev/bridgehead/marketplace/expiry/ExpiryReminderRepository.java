package dev.bridgehead.marketplace.expiry;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;

/** Which reminders went out; the key makes each one go out once, whichever node gets there first. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ExpiryReminderRepository extends GenericRepository<ExpiryReminder, Long> {

    /** Records the reminder unless it was sent; returns 1 when this call recorded it, 0 when it had been. */
    @Query(value = """
            INSERT IGNORE INTO expiry_reminder (organization_id, kind, code, expires_on, stage, sent_at)
            VALUES (:organizationId, :kind, :code, :expiresOn, :stage, :sentAt)""", nativeQuery = true)
    int claim(Long organizationId, String kind, String code, LocalDate expiresOn, String stage, Instant sentAt);
}
