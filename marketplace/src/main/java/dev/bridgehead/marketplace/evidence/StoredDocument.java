package dev.bridgehead.marketplace.evidence;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What an upload answers, as the API spells it: the key to refer to the document by.
 *
 * @param sha256      lowercase hex SHA-256 of the content, the {@code documentSha256} of a mechanism or certification
 * @param size        bytes
 * @param contentType as sniffed from the content
 */
@Serdeable
public record StoredDocument(String sha256, long size, String contentType) {
}
