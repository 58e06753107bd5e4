package dev.bridgehead.marketplace.organization;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A mechanism or certification in a compliance profile with the evidence behind it: a reference
 * (filing, approval or certificate number, contract date), the issuer, the days it was obtained
 * and expires, an optional document by its SHA-256, and staff's check of all that.
 */
public sealed interface HeldEntry permits HeldMechanism, HeldCertification {

    Enum<?> code();

    EntryKind kind();

    /** The reference staff check (the API calls it {@code reference}; {@code evidenceRef} is its older name). */
    @Nullable String evidenceRef();

    @Nullable String issuer();

    @Nullable LocalDate obtainedOn();

    @Nullable LocalDate expiresOn();

    @Nullable String documentSha256();

    /** Null for an entry stored before evidence was checked: it counts as declared. */
    @Nullable EvidenceReview review();

    default EvidenceStatus status() {
        return review() == null ? EvidenceStatus.DECLARED : review().status();
    }

    /** The status to show on the day: expired by its day even before the expiry job marks it. */
    default EvidenceStatus statusOn(LocalDate day) {
        return isExpiredOn(day) ? EvidenceStatus.EXPIRED : status();
    }

    default boolean isExpiredOn(LocalDate day) {
        return expiresOn() != null && expiresOn().isBefore(day);
    }

    /** Checked by staff and not expired on the day: the only kind a verdict counts. */
    default boolean countsOn(LocalDate day) {
        return status() == EvidenceStatus.VERIFIED && !isExpiredOn(day);
    }

    /** Stated and waiting for staff, not expired on the day: a verdict names it as a step for staff. */
    default boolean awaitsCheckOn(LocalDate day) {
        return status() == EvidenceStatus.DECLARED && !isExpiredOn(day);
    }

    /** Whether the two say the same about the evidence, so that a check of one holds for the other. */
    default boolean sameEvidenceAs(HeldEntry other) {
        return code() == other.code() && Objects.equals(evidenceRef(), other.evidenceRef()) && Objects.equals(issuer(), other.issuer())
                && Objects.equals(obtainedOn(), other.obtainedOn()) && Objects.equals(expiresOn(), other.expiresOn())
                && Objects.equals(documentSha256(), other.documentSha256()) && Objects.equals(scope(), other.scope());
    }

    /** What the entry covers, in the holder's words; certifications have none. */
    default @Nullable String scope() {
        return null;
    }

    /** The same entry with another review. */
    HeldEntry reviewed(EvidenceReview review);
}
