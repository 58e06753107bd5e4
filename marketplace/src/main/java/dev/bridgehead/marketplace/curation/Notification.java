package dev.bridgehead.marketplace.curation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * An entry of an organisation's inbox.
 *
 * @param matchId the match it concerns; null for news about the organisation itself (an expiring mechanism)
 * @param kind    the status a match moved to (INTRODUCED, IN_TALKS, AGREED, DECLINED), VERDICT_CHANGED, or EXPIRING
 * @param detail  what the kind needs to be told in full: for VERDICT_CHANGED the verdicts ("CLEAR NEEDS_STEPS"), for EXPIRING
 *                the entry and its day ("mechanisms CN_STANDARD_CONTRACT 2027-01-31")
 */
@MappedEntity("notification")
public record Notification(
        @Id @GeneratedValue @Nullable Long id,
        Long organizationId,
        @Nullable Long matchId,
        String kind,
        Instant createdAt,
        @Nullable Instant readAt,
        @Nullable String detail) {

    public static final String VERDICT_CHANGED = "VERDICT_CHANGED";
    public static final String EXPIRING = "EXPIRING";

    public static Notification of(Long organizationId, @Nullable Long matchId, String kind, @Nullable String detail, Instant at) {
        return new Notification(null, organizationId, matchId, kind, at, null, detail);
    }
}
