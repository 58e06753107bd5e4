package dev.bridgehead.marketplace.organization;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** Compliance profiles in MySQL, one per organisation. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ComplianceProfileRepository extends CrudRepository<ComplianceProfile, Long> {

    List<ComplianceProfile> findByOrganizationIdIn(Collection<Long> organizationIds);
}
