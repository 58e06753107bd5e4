package dev.bridgehead.marketplace.evidence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One piece of a document's bytes, the {@code seq}-th (from 0) of {@link MysqlEvidenceStore#CHUNK_BYTES} or fewer. */
@MappedEntity("evidence_chunk")
record EvidenceChunk(@Id @GeneratedValue @Nullable Long id, String sha256, int seq, byte[] content) {
}
