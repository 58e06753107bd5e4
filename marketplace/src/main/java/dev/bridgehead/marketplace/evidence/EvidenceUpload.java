package dev.bridgehead.marketplace.evidence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * An organisation's upload of a document: what makes the document reachable through that organisation.
 *
 * @param uploadedBy the user who uploaded it first, a member or staff
 */
@MappedEntity("evidence_upload")
record EvidenceUpload(
        @Id @GeneratedValue @Nullable Long id,
        Long organizationId,
        String sha256,
        String contentType,
        int size,
        Long uploadedBy,
        Instant uploadedAt) {
}
