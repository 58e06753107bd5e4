package dev.bridgehead.marketplace.evidence;

/**
 * A document's content as a store gives it back.
 *
 * @param sha256  lowercase hex SHA-256 of {@code content}
 * @param type    what the content is, as sniffed when it was stored
 * @param content the bytes, at most {@link EvidenceDocuments#MAX_BYTES}
 */
public record EvidenceDocument(String sha256, EvidenceType type, byte[] content) {

    public String contentType() {
        return type.contentType();
    }

    public int size() {
        return content.length;
    }
}
