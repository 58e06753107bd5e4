package dev.bridgehead.marketplace.organization;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Compliance profiles in MySQL, one per organisation. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ComplianceProfileRepository extends CrudRepository<ComplianceProfile, Long> {

    List<ComplianceProfile> findByOrganizationIdIn(Collection<Long> organizationIds);

    /** Profiles with evidence waiting for staff, the longest waiting first. */
    List<ComplianceProfile> findByAwaitingCheckSinceIsNotNullOrderByAwaitingCheckSince();

    /** Profiles with an entry expiring on or before the day. */
    List<ComplianceProfile> findByNextExpiryLessThanEquals(LocalDate day);
}
