package dev.bridgehead.marketplace.matching;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MatchRunRepository extends CrudRepository<MatchRun, Long> {
}
