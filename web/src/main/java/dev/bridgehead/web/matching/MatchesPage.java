package dev.bridgehead.web.matching;

import dev.bridgehead.web.page.PageContext;
import java.util.List;

/** Needs across the border that match the organisation's listings: the provider's view. */
public record MatchesPage(PageContext context, List<Explanations.MatchRow> matches, long total, int page, int pages) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
