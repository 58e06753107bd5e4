package dev.bridgehead.web.matching;

import dev.bridgehead.marketplace.matching.MatchRun;
import dev.bridgehead.marketplace.need.Need;
import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A need with its ranked partners, each with its verdict and steps, and the near misses.
 *
 * @param run the last matching; null while the first is still to come
 */
public record NeedPage(PageContext context, Need need, List<Explanations.MatchRow> matches, List<Explanations.NearMissLine> nearMisses,
                       @Nullable MatchRun run, String disclaimer) {

    public String numbers(long value) {
        return String.format(context.language().locale(), "%,d", value);
    }
}
