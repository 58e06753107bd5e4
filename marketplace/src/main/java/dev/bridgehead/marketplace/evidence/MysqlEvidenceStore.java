package dev.bridgehead.marketplace.evidence;

import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The default {@link EvidenceStore}: documents in MySQL, which every web node shares; the bytes in
 * pieces of 1 MB ({@code evidence_chunk}) so that no statement comes near the server's packet limit.
 */
@Singleton
class MysqlEvidenceStore implements EvidenceStore {

    static final int CHUNK_BYTES = 1024 * 1024;

    private final EvidenceContentRepository contents;
    private final Clock clock;

    MysqlEvidenceStore(EvidenceContentRepository contents, Clock clock) {
        this.contents = contents;
        this.clock = clock;
    }

    @Override
    public void put(String sha256, EvidenceType type, byte[] content) {
        if (contents.existsById(sha256)) {
            return;
        }
        for (int seq = 0; seq * CHUNK_BYTES < content.length; seq++) {
            int from = seq * CHUNK_BYTES;
            contents.insertChunkIfAbsent(sha256, seq, Arrays.copyOfRange(content, from, Math.min(content.length, from + CHUNK_BYTES)));
        }
        // Last, so that a document row always has all its pieces.
        contents.insertIfAbsent(sha256, type.contentType(), content.length, clock.instant());
    }

    @Override
    public Optional<EvidenceDocument> get(String sha256) {
        return contents.findById(sha256).flatMap(document -> EvidenceType.ofContentType(document.contentType()).map(type -> {
            List<EvidenceChunk> chunks = contents.chunksOf(sha256);
            ByteArrayOutputStream content = new ByteArrayOutputStream(document.size());
            chunks.forEach(chunk -> content.writeBytes(chunk.content()));
            if (content.size() != document.size()) {
                throw new IllegalStateException("Evidence document " + sha256 + " has " + content.size() + " of its " + document.size() + " bytes");
            }
            return new EvidenceDocument(sha256, type, content.toByteArray());
        }));
    }
}
