package dev.bridgehead.marketplace.organization;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Organisations in MySQL. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface OrganizationRepository extends CrudRepository<Organization, Long> {

    List<Organization> findByJurisdiction(Jurisdiction jurisdiction);

    List<Organization> findByVerificationOrderByCreatedAt(Verification verification);

    List<Organization> findByVerificationInOrderByCreatedAt(Collection<Verification> verifications);

    Page<Organization> findByVerificationIn(Collection<Verification> verifications, Pageable pageable);

    List<Organization> findByIdIn(Collection<Long> ids);

    Optional<Organization> findByRegistryId(String registryId);
}
