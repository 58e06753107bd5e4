package dev.bridgehead.marketplace.evidence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Inserts are idempotent ({@code INSERT IGNORE} on the keys): the rows are named by the content, so
 * two organisations uploading the same bytes at once both succeed and the second writes nothing.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface EvidenceContentRepository extends GenericRepository<EvidenceContent, String> {

    @Query(value = "INSERT IGNORE INTO evidence_document (sha256, content_type, size, created_at) VALUES (:sha256, :contentType, :size, :createdAt)",
            nativeQuery = true)
    void insertIfAbsent(String sha256, String contentType, int size, Instant createdAt);

    @Query(value = "INSERT IGNORE INTO evidence_chunk (sha256, seq, content) VALUES (:sha256, :seq, :content)", nativeQuery = true)
    void insertChunkIfAbsent(String sha256, int seq, byte[] content);

    boolean existsById(String sha256);

    Optional<EvidenceContent> findById(String sha256);

    @Query(value = "SELECT * FROM evidence_chunk WHERE sha256 = :sha256 ORDER BY seq", nativeQuery = true)
    List<EvidenceChunk> chunksOf(String sha256);
}
