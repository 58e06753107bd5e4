package dev.bridgehead.marketplace.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MatchRepository extends CrudRepository<Match, Long> {

    List<Match> findByNeedId(Long needId);

    List<Match> findByIdIn(Collection<Long> ids);

    List<Match> findByNeedId(Long needId, Sort sort);

    Page<Match> findByListingOrganizationId(Long organizationId, Pageable pageable);

    List<Long> findNeedIdByListingIdAndStatus(Long listingId, MatchStatus status);

    List<Long> findNeedIdByListingOrganizationIdAndStatus(Long organizationId, MatchStatus status);

    /**
     * Deletes these suggestions, except those an organisation has asked park staff to introduce:
     * such a request is a person's choice and stays with its match, which keeps waiting in the staff
     * queue even when the data would no longer suggest it.
     */
    @Query(value = """
            DELETE FROM partner_match WHERE id IN (:ids)
              AND NOT EXISTS (SELECT 1 FROM introduction_request r WHERE r.match_id = partner_match.id)""", nativeQuery = true)
    void deleteUnrequested(Collection<Long> ids);

    /** The history (verdict changes) of those of the suggestions no one asked to be introduced to, which go with them. */
    @Query(value = """
            DELETE FROM match_step WHERE match_id IN (:ids)
              AND NOT EXISTS (SELECT 1 FROM introduction_request r WHERE r.match_id = match_step.match_id)""", nativeQuery = true)
    void deleteHistoryOfUnrequested(Collection<Long> ids);

    /** The inbox notices (verdict changes) about those suggestions, which go with them. */
    @Query(value = """
            DELETE FROM notification WHERE match_id IN (:ids)
              AND NOT EXISTS (SELECT 1 FROM introduction_request r WHERE r.match_id = notification.match_id)""", nativeQuery = true)
    void deleteNoticesOfUnrequested(Collection<Long> ids);

    long countByStatus(MatchStatus status);

    /** Matches of either side of an organisation in one of these states: those a change of its facts may concern. */
    @Query(value = "SELECT * FROM partner_match WHERE (need_organization_id = :organizationId OR listing_organization_id = :organizationId) "
            + "AND status IN (:statuses) ORDER BY id", nativeQuery = true)
    List<Match> ofOrganizationIn(Long organizationId, Collection<String> statuses);

    Page<Match> findByStatus(MatchStatus status, Pageable pageable);

    Page<Match> findAll(Pageable pageable);

    /**
     * Moves the match if nobody moved it since it was read ({@code version}); returns the number of
     * rows changed, so 0 means another decision came first.
     */
    @Query("""
            UPDATE partner_match SET status = :to, deal_value_cny = :dealValueCny, version = version + 1, updated_at = :at
            WHERE id = :id AND version = :version AND status = :from""")
    long move(Long id, Integer version, MatchStatus from, MatchStatus to, @Nullable BigDecimal dealValueCny, Instant at);

    /** Matches of either side of an organisation, for its members. */
    @Query(value = "SELECT * FROM partner_match WHERE (need_organization_id = :organizationId OR listing_organization_id = :organizationId) "
            + "AND (:status IS NULL OR status = :status) ORDER BY updated_at DESC, id DESC LIMIT :limit OFFSET :offset", nativeQuery = true)
    List<Match> ofOrganization(Long organizationId, @Nullable String status, int limit, long offset);

    @Query(value = "SELECT COUNT(*) FROM partner_match WHERE (need_organization_id = :organizationId OR listing_organization_id = :organizationId) "
            + "AND (:status IS NULL OR status = :status)", nativeQuery = true)
    long countOfOrganization(Long organizationId, @Nullable String status);
}
