package dev.bridgehead.marketplace.curation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MatchStepRepository extends CrudRepository<MatchStep, Long> {

    List<MatchStep> findByMatchIdOrderById(Long matchId);
}
