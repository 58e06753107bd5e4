package dev.bridgehead.marketplace.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * Staff's check of one entry of a compliance profile.
 *
 * @param declaredAt when the organisation stated the evidence as it stands
 * @param decidedAt  when staff verified or rejected it (or it expired)
 * @param decidedBy  the staff user who decided; null for an expiry
 */
@Serdeable
public record EvidenceReview(EvidenceStatus status, @Nullable String note, @Nullable Instant declaredAt, @Nullable Instant decidedAt,
                             @Nullable Long decidedBy) {

    public static EvidenceReview declared(Instant at) {
        return new EvidenceReview(EvidenceStatus.DECLARED, null, at, null, null);
    }

    EvidenceReview decided(EvidenceStatus decision, @Nullable String decisionNote, Instant at, @Nullable Long by) {
        return new EvidenceReview(decision, decisionNote, declaredAt, at, by);
    }
}
