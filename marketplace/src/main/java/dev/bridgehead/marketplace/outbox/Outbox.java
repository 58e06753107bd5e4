package dev.bridgehead.marketplace.outbox;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/** Records changes for the search index; always inside the caller's transaction. */
@Singleton
public class Outbox {

    private final OutboxRepository events;
    private final Clock clock;

    Outbox(OutboxRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void listingChanged(Long listingId) {
        record(OutboxEvent.LISTING, listingId);
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void organizationChanged(Long organizationId) {
        record(OutboxEvent.ORGANIZATION, organizationId);
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

    private void record(String type, Long id) {
        Instant now = clock.instant();
        events.save(new OutboxEvent(null, type, id, now, now, 0, null));
    }
}
