package dev.bridgehead.marketplace.scenario;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ScenarioRepository extends CrudRepository<Scenario, Long> {

    Page<Scenario> findAll(Pageable pageable);

    List<Scenario> findByIdIn(Collection<Long> ids);
}
