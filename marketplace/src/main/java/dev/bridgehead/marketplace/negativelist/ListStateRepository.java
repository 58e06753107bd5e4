package dev.bridgehead.marketplace.negativelist;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ListStateRepository extends CrudRepository<ListState, String> {

    List<ListState> findAllOrderByCode();
}
