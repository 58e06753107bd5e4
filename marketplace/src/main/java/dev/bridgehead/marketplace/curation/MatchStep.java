package dev.bridgehead.marketplace.curation;

import dev.bridgehead.marketplace.matching.MatchStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/** One step of a match: who moved it, from what to what, when, and why. */
@MappedEntity("match_step")
public record MatchStep(
        @Id @GeneratedValue @Nullable Long id,
        Long matchId,
        Long actorId,
        MatchStatus fromStatus,
        MatchStatus toStatus,
        @Nullable String note,
        @Nullable BigDecimal dealValueCny,
        Instant at) {
}
