package dev.bridgehead.marketplace.evidence;

import java.util.Optional;

/**
 * Where the bytes of evidence documents are kept, each under the lowercase hex SHA-256 of its
 * content, once however often it is uploaded. Who may reach a document is not the store's concern:
 * {@link EvidenceDocuments} decides that before it asks.
 * <p>
 * The default, {@link MysqlEvidenceStore}, keeps them in MySQL, which every web node already
 * shares. The interface asks no more than a key-value store gives, so an S3-compatible object
 * store (key = the hash, the content type as object metadata) can be added as another
 * implementation; being keyed by content, a put that is repeated or that races another is harmless.
 */
public interface EvidenceStore {

    /**
     * Keeps {@code content} under {@code sha256}, which the caller computed from it; storing the
     * same content again changes nothing. The store may write in the caller's transaction.
     */
    void put(String sha256, EvidenceType type, byte[] content);

    /** The document stored under {@code sha256}, if any. */
    Optional<EvidenceDocument> get(String sha256);
}
