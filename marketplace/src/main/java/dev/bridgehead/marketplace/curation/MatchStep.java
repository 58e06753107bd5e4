package dev.bridgehead.marketplace.curation;

import dev.bridgehead.marketplace.compliance.Verdict;
import dev.bridgehead.marketplace.matching.MatchStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One step of a match: who moved it, from what to what, when, and why; or a change of its verdict
 * after a re-assessment, with no one acting ({@code actorId} null, the status unchanged).
 */
@MappedEntity("match_step")
public record MatchStep(
        @Id @GeneratedValue @Nullable Long id,
        Long matchId,
        @Nullable Long actorId,
        MatchStatus fromStatus,
        MatchStatus toStatus,
        @Nullable String note,
        @Nullable BigDecimal dealValueCny,
        Instant at,
        @Nullable Verdict fromVerdict,
        @Nullable Verdict toVerdict) {

    /** A move by a person. */
    public static MatchStep move(Long matchId, Long actorId, MatchStatus from, MatchStatus to, @Nullable String note,
                                 @Nullable BigDecimal dealValueCny, Instant at) {
        return new MatchStep(null, matchId, actorId, from, to, note, dealValueCny, at, null, null);
    }

    /** Whether this step is a verdict change rather than a move. */
    public boolean isVerdictChange() {
        return toVerdict != null;
    }
}
