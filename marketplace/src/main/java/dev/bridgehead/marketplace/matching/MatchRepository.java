package dev.bridgehead.marketplace.matching;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MatchRepository extends CrudRepository<Match, Long> {

    List<Match> findByNeedId(Long needId);

    List<Match> findByNeedId(Long needId, Sort sort);

    Page<Match> findByListingOrganizationId(Long organizationId, Pageable pageable);

    List<Long> findNeedIdByListingIdAndStatus(Long listingId, MatchStatus status);

    List<Long> findNeedIdByListingOrganizationIdAndStatus(Long organizationId, MatchStatus status);

    void deleteByIdIn(Collection<Long> ids);

    long countByStatus(MatchStatus status);
}
