package dev.bridgehead.marketplace.glossary;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TermChangeRepository extends CrudRepository<TermChange, Long> {

    List<TermChange> findAllOrderById();

    Optional<TermChange> findByReplaces(String replaces);

    /** Changes with every edit: the number of changes, the sum of their versions and the latest time. */
    @Query("SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(version), 0), '/', COALESCE(MAX(updated_at), '')) FROM glossary_term")
    String revision();
}
