package dev.bridgehead.marketplace.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditEntryRepository extends CrudRepository<AuditEntry, Long> {

    List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByAtDesc(String subjectType, Long subjectId);
}
