package dev.bridgehead.web.matching;

import dev.bridgehead.marketplace.need.Need;
import dev.bridgehead.web.page.PageContext;
import java.util.List;

/** The organisation's needs, newest first. */
public record NeedsPage(PageContext context, List<Need> needs, long total, int page, int pages) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
