package dev.bridgehead.marketplace.listing;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ListingChangeRepository extends CrudRepository<ListingChange, Long> {

    List<ListingChange> findByListingIdOrderByIdDesc(Long listingId);
}
