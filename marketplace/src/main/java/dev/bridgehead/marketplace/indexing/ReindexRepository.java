package dev.bridgehead.marketplace.indexing;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReindexRepository extends CrudRepository<Reindex, Long> {

    Optional<Reindex> findFirstByStatus(Reindex.Status status);

    Optional<Reindex> findFirstOrderByIdDesc();
}
