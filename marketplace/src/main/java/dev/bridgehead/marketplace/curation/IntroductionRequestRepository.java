package dev.bridgehead.marketplace.curation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IntroductionRequestRepository extends GenericRepository<IntroductionRequest, Long> {

    IntroductionRequest save(IntroductionRequest request);

    boolean existsByMatchIdAndOrganizationId(Long matchId, Long organizationId);

    List<IntroductionRequest> findByMatchIdOrderById(Long matchId);

    List<IntroductionRequest> findByMatchIdIn(Collection<Long> matchIds);
}
