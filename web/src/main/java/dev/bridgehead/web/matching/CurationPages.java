package dev.bridgehead.web.matching;

import dev.bridgehead.marketplace.curation.MatchStep;
import dev.bridgehead.marketplace.curation.Notification;
import dev.bridgehead.marketplace.matching.MatchStatus;
import dev.bridgehead.web.page.Option;
import dev.bridgehead.web.page.PageContext;
import java.util.List;

/** The models of the curation pages. */
public final class CurationPages {

    private CurationPages() {
    }

    /** The staff queue: matches in one status, best first, to decide one by one or many at once. */
    public record Queue(PageContext context, String status, List<Explanations.MatchRow> rows, long total, int page, int pages) {

        public List<Option> statuses() {
            return Option.of(MatchStatus.class, "matchStatus", context, status);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    /** An organisation's inbox: each entry a match that moved, with the listing or need it is about. */
    public record Inbox(PageContext context, List<Entry> entries) {
    }

    public record Entry(Notification notification, Explanations.MatchRow row) {
    }

    /** The curation part of a match page: its history and what the reader may do next. */
    public record Actions(List<MatchStep> history, List<String> staffActions, boolean canProgress) {
    }
}
