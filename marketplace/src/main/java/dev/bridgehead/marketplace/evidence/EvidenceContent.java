package dev.bridgehead.marketplace.evidence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A document {@link MysqlEvidenceStore} keeps, without its bytes (those are its {@link EvidenceChunk}s). */
@MappedEntity("evidence_document")
record EvidenceContent(@Id String sha256, String contentType, int size, Instant createdAt) {
}
