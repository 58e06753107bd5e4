package dev.bridgehead.marketplace.ledger;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LedgerEntryRepository extends CrudRepository<LedgerEntry, Long> {

    List<LedgerEntry> findByOrganizationIdAndYear(Long organizationId, int year, io.micronaut.data.model.Sort sort);

    /** Each organisation's totals for the year, one row per organisation that has entries. */
    @Query(value = """
            SELECT organization_id, SUM(personal_subjects) AS `personal`, SUM(sensitive_subjects) AS `sensitive` FROM export_ledger_entry
             WHERE organization_id IN (:organizationIds) AND year = :year GROUP BY organization_id""", nativeQuery = true)
    List<ExportLedger.Totals> totals(Collection<Long> organizationIds, int year);

    /** Exporters whose year has reached {@code personalFrom} individuals, or {@code sensitiveFrom} sensitive ones, largest first. */
    @Query(value = """
            SELECT organization_id, SUM(personal_subjects) AS `personal`, SUM(sensitive_subjects) AS `sensitive` FROM export_ledger_entry
             WHERE year = :year GROUP BY organization_id
            HAVING SUM(personal_subjects) >= :personalFrom OR SUM(sensitive_subjects) >= :sensitiveFrom
             ORDER BY SUM(personal_subjects) DESC LIMIT 200""", nativeQuery = true)
    List<ExportLedger.Totals> near(int year, long personalFrom, long sensitiveFrom);
}
