package dev.bridgehead.marketplace.need;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface NeedRepository extends CrudRepository<Need, Long> {

    Page<Need> findByOrganizationId(Long organizationId, Pageable pageable);

    List<Need> findByIdIn(Collection<Long> ids);

    List<Long> findIdByOrganizationIdAndStatus(Long organizationId, NeedStatus status);

    long countByStatus(NeedStatus status);

    /** Open needs with an id above {@code after}, in id order: for walking all of them in pages. */
    @Query(value = "SELECT id FROM need WHERE status = 'OPEN' AND id > :after ORDER BY id LIMIT :limit", nativeQuery = true)
    List<Long> openIdsAfter(long after, int limit);

    /**
     * Open needs of organisations in {@code jurisdiction} that share a sector with {@code sectorsJson}
     * (a JSON array of codes), most recently changed first: those a new or changed listing may suit.
     */
    @Query(value = """
            SELECT n.id FROM need n JOIN organization o ON o.id = n.organization_id
            WHERE n.status = 'OPEN' AND o.jurisdiction = :jurisdiction AND JSON_OVERLAPS(n.sectors, :sectorsJson)
            ORDER BY n.updated_at DESC, n.id DESC LIMIT :limit""", nativeQuery = true)
    List<Long> openIdsSharingSectors(String jurisdiction, String sectorsJson, int limit);
}
