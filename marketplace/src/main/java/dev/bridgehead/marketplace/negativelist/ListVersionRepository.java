package dev.bridgehead.marketplace.negativelist;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ListVersionRepository extends CrudRepository<ListVersion, Long> {

    Optional<ListVersion> findByCodeAndListVersion(String code, int listVersion);

    List<ListVersion> findByCodeOrderByListVersionDesc(String code);
}
