package dev.bridgehead.marketplace.organization;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** Organisations in MySQL. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface OrganizationRepository extends CrudRepository<Organization, Long> {

    List<Organization> findByJurisdiction(Jurisdiction jurisdiction);

    List<Organization> findByVerificationOrderByCreatedAt(Verification verification);

    List<Organization> findByVerificationInOrderByCreatedAt(Collection<Verification> verifications);

    List<Organization> findByIdIn(Collection<Long> ids);
}
