package dev.bridgehead.marketplace.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** Append-only: entries are saved and read, never updated or deleted. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditEntryRepository extends GenericRepository<AuditEntry, Long> {

    String FILTERED = """
             FROM audit_entry a
            WHERE (:subjectType IS NULL OR a.subject_type = :subjectType)
              AND (:subjectId IS NULL OR a.subject_id = :subjectId)
              AND (:actorId IS NULL OR a.actor_id = :actorId)
              AND (:action IS NULL OR a.action = :action)
              AND (:text IS NULL OR a.note LIKE :text)
              AND (:from IS NULL OR a.at >= :from)
              AND (:until IS NULL OR a.at < :until)""";

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByAtDesc(String subjectType, Long subjectId);

    @Query(value = "SELECT a.*" + FILTERED + " ORDER BY a.id DESC", countQuery = "SELECT COUNT(*)" + FILTERED, nativeQuery = true)
    Page<AuditEntry> search(@Nullable String subjectType, @Nullable Long subjectId, @Nullable Long actorId, @Nullable String action,
                            @Nullable String text, @Nullable Instant from, @Nullable Instant until, Pageable pageable);

    /** The next entries of an export, newest first, below {@code beforeId}. */
    @Query(value = "SELECT a.*" + FILTERED + " AND a.id < :beforeId ORDER BY a.id DESC LIMIT :limit", nativeQuery = true)
    List<AuditEntry> exportPage(@Nullable String subjectType, @Nullable Long subjectId, @Nullable Long actorId, @Nullable String action,
                                @Nullable String text, @Nullable Instant from, @Nullable Instant until, long beforeId, int limit);

    @Query(value = "SELECT DISTINCT action FROM audit_entry ORDER BY action", nativeQuery = true)
    List<String> actions();
}
