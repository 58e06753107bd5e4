package dev.bridgehead.marketplace.listing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ListingRepository extends CrudRepository<Listing, Long> {

    Page<Listing> findByOrganizationId(Long organizationId, Pageable pageable);

    String PUBLIC = """
             FROM listing l JOIN organization o ON o.id = l.organization_id
            WHERE l.status = 'PUBLISHED' AND o.verification IN (:verifications)""";

    Page<Listing> findByStatus(ListingStatus status, Pageable pageable);

    /** Published listings of organisations in one of {@code verifications}, newest first; the pageable must not sort. */
    @Query(value = "SELECT l.*" + PUBLIC + " ORDER BY l.published_at DESC, l.id DESC", countQuery = "SELECT COUNT(*)" + PUBLIC, nativeQuery = true)
    Page<Listing> findPublished(Collection<String> verifications, Pageable pageable);

    Page<Listing> findByStatusAndRevisionSubmittedAtIsNotNullAndRevisionRejectionReasonIsNull(ListingStatus status, Pageable pageable);

    Page<Listing> findByOrganizationIdAndStatus(Long organizationId, ListingStatus status, Pageable pageable);

    long countByStatus(ListingStatus status);

    List<Listing> findByIdIn(Collection<Long> ids);

    List<Long> findIdByOrganizationIdIn(Collection<Long> organizationIds);

    List<Listing> findByStatusAndIdGreaterThanOrderById(ListingStatus status, long id, Pageable pageable);
}
