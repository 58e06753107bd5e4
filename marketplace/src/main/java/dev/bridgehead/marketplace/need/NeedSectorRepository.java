package dev.bridgehead.marketplace.need;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** The need_sector rows beside each need's sector list, rewritten whenever the need is saved. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface NeedSectorRepository extends GenericRepository<Need, Long> {

    @Query(value = "DELETE FROM need_sector WHERE need_id = :needId", nativeQuery = true)
    void deleteOf(Long needId);

    @Query(value = "INSERT INTO need_sector (need_id, sector) VALUES (:needId, :sector)", nativeQuery = true)
    void insert(Long needId, String sector);
}
