package dev.bridgehead.web.matching;

import dev.bridgehead.marketplace.curation.MatchStep;
import dev.bridgehead.marketplace.curation.Notification;
import dev.bridgehead.marketplace.compliance.Verdict;
import dev.bridgehead.marketplace.curation.CurationService;
import dev.bridgehead.marketplace.curation.QueueFilter;
import dev.bridgehead.marketplace.matching.MatchStatus;
import dev.bridgehead.marketplace.organization.Jurisdiction;
import dev.bridgehead.marketplace.organization.Sector;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.TypedFilter;
import dev.bridgehead.web.page.Option;
import dev.bridgehead.web.page.PageContext;
import java.util.List;
import java.util.Map;

/** The models of the curation pages. */
public final class CurationPages {

    private CurationPages() {
    }

    /**
     * The staff queue: matches narrowed by the filter as typed (kept as typed, so a refused value
     * comes back with its message), ordered as asked, to decide one by one or many at once.
     */
    public record Queue(PageContext context, TypedFilter filter, List<Explanations.MatchRow> rows,
                        Map<Long, List<dev.bridgehead.marketplace.curation.IntroductionRequest>> requests, long total, int page, int pages) {

        /** The query parameters of the filter, in the order the form shows them. */
        public static final List<String> FILTERS = List.of("status", "sector", "verdict", "seekerJurisdiction", "providerJurisdiction", "minScore",
                "minAgeDays", "maxAgeDays", "requested", "sort");

        /** Whether either organisation of this match asked for the introduction. */
        public boolean requested(Explanations.MatchRow row) {
            return requests.containsKey(row.match().id());
        }

        public boolean requestedOnly() {
            return "true".equals(filter.get("requested"));
        }

        public String value(String name) {
            return filter.value(name);
        }

        public FormErrors errors() {
            return filter.errors();
        }

        public List<Option> statuses() {
            return Option.of(MatchStatus.class, "matchStatus", context, filter.get("status"));
        }

        public List<Option> sectors() {
            return Option.of(Sector.class, "sector", context, filter.get("sector"));
        }

        public List<Option> verdicts() {
            return Option.of(Verdict.class, "verdict", context, filter.get("verdict"));
        }

        public List<Option> jurisdictions(String name) {
            return Option.of(Jurisdiction.class, "jurisdiction", context, filter.get(name));
        }

        public List<Option> sorts() {
            return Option.of(QueueFilter.QueueSort.class, "queue.sort", context, filter.get("sort") == null ? QueueFilter.QueueSort.SCORE.name() : filter.get("sort"));
        }

        /** The filter as a query string, for the pagination links and the way back after a bulk decision. */
        public String query() {
            return filter.query();
        }

        /** The total was counted only up to the queue's limit: there are more. */
        public boolean capped() {
            return total > CurationService.QUEUE_COUNT_LIMIT;
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

    /**
     * One entry: a match that moved or whose verdict changed, with its row; or news about the organisation itself (a mechanism about
     * to expire), with no row.
     */
    public record Entry(Notification notification, Explanations.MatchRow row) {

        /** The words of the entry's detail ("CLEAR NEEDS_STEPS", "mechanisms CN_STANDARD_CONTRACT 2027-03-31"). */
        public List<String> detail() {
            return notification.detail() == null ? List.of() : List.of(notification.detail().split(" "));
        }
    }

    /** The curation part of a match page: its history, who asked for the introduction, and what the reader may do next. */
    public record Actions(List<MatchStep> history, List<String> staffActions, boolean canProgress,
                          List<dev.bridgehead.marketplace.curation.IntroductionRequest> introductionRequests, boolean canRequestIntroduction) {
    }
}
