package dev.bridgehead.search.matching;

import dev.bridgehead.marketplace.curation.Reassessment;
import dev.bridgehead.marketplace.matching.MatchingService;
import dev.bridgehead.marketplace.outbox.MatchRefresh;
import dev.bridgehead.marketplace.outbox.MatchRefreshRepository;
import dev.bridgehead.search.query.ListingSearch;
import dev.bridgehead.search.query.SearchUnavailable;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps stored matches in step with the data: drains the matching refreshes (a need, listing or
 * organisation changed), once the search index holds the change, and matches every affected need
 * again; an organisation whose checked facts changed has its open matches assessed again. Several nodes share the work through {@code FOR UPDATE SKIP LOCKED}; a failure (search
 * down) postpones the batch with a growing back-off, so nothing is lost.
 */
@Singleton
@Requires(property = "bridgehead.matching.refresher.enabled", notEquals = "false")
public class MatchRefresher {

    static final int BATCH = 20;
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(MatchRefresher.class);

    private final MatchRefreshRepository refreshes;
    private final MatchingService matching;
    private final Reassessment reassessment;
    private final ListingSearch search;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    MatchRefresher(MatchRefreshRepository refreshes, MatchingService matching, Reassessment reassessment, ListingSearch search,
                   TransactionOperations<Connection> transactions, Clock clock) {
        this.reassessment = reassessment;
        this.refreshes = refreshes;
        this.transactions = transactions;
        this.matching = matching;
        this.search = search;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${bridgehead.matching.refresher.interval:1s}", initialDelay = "2s")
    void drainContinuously() {
        try {
            while (drain() == BATCH) {
                // More are waiting: keep going.
            }
        } catch (RuntimeException e) {
            LOG.warn("Matching paused: {}", e.getMessage());
        }
    }

    /**
     * Matches again the needs affected by one batch of due refreshes, in one transaction that also
     * deletes the batch; returns how many refreshes it took. When it fails, everything it did rolls
     * back; with search unavailable the batch is postponed as a whole, otherwise each refresh is
     * tried again alone, so that one change that cannot be matched does not hold back the others.
     */
    public int drain() {
        Instant now = clock.instant();
        List<MatchRefresh> taken = new ArrayList<>();
        try {
            transactions.executeWrite(status -> {
                List<MatchRefresh> due = refreshes.lockDue(now, BATCH);
                taken.addAll(due);
                apply(due);
                return null;
            });
        } catch (RuntimeException e) {
            if (taken.isEmpty()) {
                throw e;
            }
            if (taken.size() == 1 || searchUnavailable(e)) {
                postpone(taken, now, e);
            } else {
                taken.forEach(refresh -> drainAlone(refresh, now));
            }
        }
        return taken.size();
    }

    private void drainAlone(MatchRefresh refresh, Instant now) {
        try {
            transactions.executeWrite(status -> {
                // Gone, or another node took it meanwhile: nothing to do here.
                refreshes.lockOne(refresh.id()).ifPresent(locked -> apply(List.of(locked)));
                return null;
            });
        } catch (RuntimeException e) {
            postpone(List.of(refresh), now, e);
        }
    }

    /** Matches the affected needs again and deletes the refreshes, in the caller's transaction. */
    private void apply(List<MatchRefresh> due) {
        if (due.isEmpty()) {
            return;
        }
        // Verdicts first, so that a changed verdict of a suggestion is recorded before matching it again replaces it.
        due.stream().filter(refresh -> MatchRefresh.ASSESSMENT.equals(refresh.aggregateType())).map(MatchRefresh::aggregateId).distinct()
                .forEach(reassessment::reassess);
        List<MatchRefresh> rematches = due.stream().filter(refresh -> !MatchRefresh.ASSESSMENT.equals(refresh.aggregateType())).toList();
        if (rematches.stream().anyMatch(refresh -> !MatchRefresh.NEED.equals(refresh.aggregateType()))) {
            search.refresh();
        }
        Set<Long> needs = new LinkedHashSet<>();
        rematches.forEach(refresh -> needs.addAll(matching.needsAffectedBy(refresh.aggregateType(), refresh.aggregateId())));
        needs.forEach(matching::refresh);
        refreshes.deleteByIdIn(due.stream().map(MatchRefresh::id).toList());
    }

    private static boolean searchUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SearchUnavailable) {
                return true;
            }
        }
        return false;
    }

    private void postpone(List<MatchRefresh> batch, Instant now, RuntimeException cause) {
        int attempts = batch.stream().mapToInt(MatchRefresh::attempts).max().orElse(0) + 1;
        Duration backoff = Duration.ofMillis(Math.min(MAX_BACKOFF.toMillis(), 500L << Math.min(attempts, 16)));
        transactions.executeWrite(status -> {
            refreshes.postpone(batch.stream().map(MatchRefresh::id).toList(), now.plus(backoff), abbreviate(String.valueOf(cause.getMessage())));
            return null;
        });
        if (attempts == 1 || attempts % 10 == 0) {
            LOG.warn("Matching {} changes failed (attempt {}), retrying in {}: {}", batch.size(), attempts, backoff, cause.getMessage());
        }
    }

    private static String abbreviate(String message) {
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }
}
