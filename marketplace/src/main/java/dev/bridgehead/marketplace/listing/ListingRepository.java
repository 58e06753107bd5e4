package dev.bridgehead.marketplace.listing;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ListingRepository extends CrudRepository<Listing, Long> {

    Page<Listing> findByOrganizationId(Long organizationId, Pageable pageable);

    Page<Listing> findByStatus(ListingStatus status, Pageable pageable);

    Page<Listing> findByOrganizationIdAndStatus(Long organizationId, ListingStatus status, Pageable pageable);

    long countByStatus(ListingStatus status);
}
