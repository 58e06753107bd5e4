package dev.bridgehead.marketplace.evidence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EvidenceUploadRepository extends GenericRepository<EvidenceUpload, Long> {

    /** The first upload of a document by an organisation is kept; a repeat, even a concurrent one, changes nothing. */
    @Query(value = """
            INSERT INTO evidence_upload (organization_id, sha256, content_type, size, uploaded_by, uploaded_at)
            VALUES (:organizationId, :sha256, :contentType, :size, :uploadedBy, :uploadedAt)
            ON DUPLICATE KEY UPDATE id = id""", nativeQuery = true)
    void insertIfAbsent(Long organizationId, String sha256, String contentType, int size, Long uploadedBy, Instant uploadedAt);

    boolean existsByOrganizationIdAndSha256(Long organizationId, String sha256);

    /**
     * Whether staff have introduced the two organisations to each other through a match that is
     * still alive (introduced, in talks or agreed), either way round. Read from curation's table
     * directly: one indexed existence test, no need to load matches.
     */
    @Query(value = """
            SELECT EXISTS (SELECT 1 FROM partner_match
                            WHERE status IN ('INTRODUCED', 'IN_TALKS', 'AGREED')
                              AND ((need_organization_id = :owner AND listing_organization_id = :partner)
                                OR (need_organization_id = :partner AND listing_organization_id = :owner)))""", nativeQuery = true)
    boolean introduced(Long owner, Long partner);
}
