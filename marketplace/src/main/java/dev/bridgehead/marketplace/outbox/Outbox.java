package dev.bridgehead.marketplace.outbox;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/** Records changes for the search index and for matching; always inside the caller's transaction. */
@Singleton
public class Outbox {

    private final OutboxRepository events;
    private final MatchRefreshRepository refreshes;
    private final Clock clock;

    Outbox(OutboxRepository events, MatchRefreshRepository refreshes, Clock clock) {
        this.events = events;
        this.refreshes = refreshes;
        this.clock = clock;
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void listingChanged(Long listingId) {
        OutboxEvent event = record(OutboxEvent.LISTING, listingId);
        refresh(MatchRefresh.LISTING, listingId, event.id());
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void organizationChanged(Long organizationId) {
        OutboxEvent event = record(OutboxEvent.ORGANIZATION, organizationId);
        refresh(MatchRefresh.ORGANIZATION, organizationId, event.id());
    }

    /** A need changed: only matching follows needs. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void needChanged(Long needId) {
        refresh(MatchRefresh.NEED, needId, null);
    }

    /** The organisation's checked facts changed (evidence verified, rejected, expired): its open matches are assessed again. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void checkedFactsChanged(Long organizationId) {
        refresh(MatchRefresh.ASSESSMENT, organizationId, null);
    }

    /** Queues a fresh matching of everything that concerns the organisation, without touching the search index. */
    @Transactional
    public void rematchOrganization(Long organizationId) {
        refresh(MatchRefresh.ORGANIZATION, organizationId, null);
    }

    /** A park setting the verdicts depend on changed: every open match is assessed again, curated ones included. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public int parkSettingChanged() {
        return refreshes.queueReassessmentOfAllOpenMatches(clock.instant());
    }

    /**
     * A negative list was imported, switched, or came into force: the open matches whose needs name a
     * list scenario are assessed again (a need that names none cannot be touched by a list).
     */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public int listsChanged() {
        return refreshes.queueReassessmentOfListedNeeds(clock.instant());
    }

    /** Open matches whose verdicts came from another rule book than this one are queued to be assessed again. */
    @Transactional
    public int ruleBookIs(String version) {
        return refreshes.queueReassessmentOfOtherRuleBooks(version, clock.instant());
    }

    /** Queues a fresh matching of every open need. */
    @Transactional
    public int rematchEverything() {
        return refreshes.queueAllOpenNeeds(clock.instant());
    }

    /**
     * An id higher than every event recorded so far and lower than every later one: the
     * version a full rebuild gives the documents it copies.
     */
    @Transactional
    public long highWaterMark() {
        Instant now = clock.instant();
        OutboxEvent marker = events.save(new OutboxEvent(null, OutboxEvent.MARKER, 0L, now, now.plusSeconds(3600), 0, null));
        events.deleteById(marker.id());
        return marker.id();
    }

    private OutboxEvent record(String type, Long id) {
        Instant now = clock.instant();
        return events.save(new OutboxEvent(null, type, id, now, now, 0, null));
    }

    private void refresh(String type, Long id, Long indexedAfter) {
        Instant now = clock.instant();
        refreshes.save(new MatchRefresh(null, type, id, indexedAfter, now, now, 0, null));
    }
}
