package dev.bridgehead.marketplace.matching;

import dev.bridgehead.marketplace.need.Need;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A need with its suggestions, best first, never a BLOCKED pair, and what came close.
 *
 * @param run the last matching of the need; null until it first ran
 */
public record NeedMatches(Need need, List<Match> items, @Nullable MatchRun run) {

    public List<MatchDetails.NearMiss> nearMisses() {
        return run == null ? List.of() : run.nearMisses();
    }
}
