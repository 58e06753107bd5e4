package dev.bridgehead.marketplace.matching;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.List;

/**
 * The last matching of a need.
 *
 * @param candidates listings the search engine proposed
 * @param blocked    candidates the transfer rules forbid (never suggested)
 */
@MappedEntity("match_run")
public record MatchRun(
        @Id Long needId,
        int candidates,
        int suggested,
        int blocked,
        @TypeDef(type = DataType.JSON) List<MatchDetails.NearMiss> nearMisses,
        Instant matchedAt) {
}
