package dev.bridgehead.search.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import dev.bridgehead.marketplace.indexing.IndexFeed;
import dev.bridgehead.marketplace.indexing.IndexedListing;
import dev.bridgehead.marketplace.indexing.Reindex;
import dev.bridgehead.marketplace.indexing.ReindexRepository;
import dev.bridgehead.marketplace.outbox.OutboxEvent;
import dev.bridgehead.marketplace.outbox.OutboxRepository;
import dev.bridgehead.search.index.ListingDocument;
import dev.bridgehead.search.index.ListingIndex;
import dev.bridgehead.search.language.Glossary;
import dev.bridgehead.search.language.TermBase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox into the listings index. Each batch is locked in MySQL ({@code FOR UPDATE
 * SKIP LOCKED}), so nodes never take the same events; each listing's current state is read from
 * MySQL and written with the newest event id as its external version, so a late, older write
 * can never overwrite a newer one. Events are deleted only once Elasticsearch has them; on
 * failure they wait with exponential backoff and are tried again.
 */
@Singleton
@Requires(property = "bridgehead.search.indexer.enabled", notEquals = "false")
public class OutboxIndexer {

    static final int BATCH = 500;
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxIndexer.class);

    private final OutboxRepository outbox;
    private final IndexFeed feed;
    private final ListingIndex index;
    private final ReindexRepository reindexes;
    private final ElasticsearchClient client;
    private final Clock clock;
    private final TermBase terms;

    OutboxIndexer(OutboxRepository outbox, IndexFeed feed, ListingIndex index, ReindexRepository reindexes, ElasticsearchClient client,
                  Clock clock, TermBase terms) {
        this.outbox = outbox;
        this.feed = feed;
        this.index = index;
        this.reindexes = reindexes;
        this.client = client;
        this.clock = clock;
        this.terms = terms;
    }

    @Scheduled(fixedDelay = "${bridgehead.search.indexer.interval:500ms}", initialDelay = "${bridgehead.search.indexer.initial-delay:1s}")
    void drainContinuously() {
        try {
            while (drain() == BATCH) {
                // A full batch means more are waiting: keep going without sleeping.
            }
        } catch (RuntimeException e) {
            LOG.warn("Search indexing paused: {}", e.getMessage());
        }
    }

    /** Indexes one batch of due events; returns how many events it took. */
    @Transactional
    public int drain() {
        return drainBatch(BATCH);
    }

    /** Indexes up to {@code limit} due events in one transaction; returns how many it took. */
    @Transactional
    public int drainBatch(int limit) {
        Instant now = clock.instant();
        List<OutboxEvent> events = outbox.lockDue(now, limit);
        if (events.isEmpty()) {
            return 0;
        }
        List<Long> ids = events.stream().map(OutboxEvent::id).toList();
        try {
            index.ensureExists();
            write(versionsByListing(events));
            outbox.deleteByIdIn(ids);
        } catch (IOException | RuntimeException e) {
            int attempts = events.stream().mapToInt(OutboxEvent::attempts).max().orElse(0) + 1;
            Duration backoff = Duration.ofMillis(Math.min(MAX_BACKOFF.toMillis(), 500L << Math.min(attempts, 16)));
            outbox.postpone(ids, now.plus(backoff), abbreviate(e.getMessage()));
            index.reset();
            if (attempts == 1 || attempts % 10 == 0) {
                LOG.warn("Indexing {} changes failed (attempt {}), retrying in {}: {}", ids.size(), attempts, backoff, e.getMessage());
            }
        }
        return events.size();
    }

    /** Each affected listing with the newest event id that concerns it: its version in the index. */
    private Map<Long, Long> versionsByListing(List<OutboxEvent> events) {
        Map<Long, Long> versions = new HashMap<>();
        Map<Long, Long> organizationVersions = new HashMap<>();
        for (OutboxEvent event : events) {
            Map<Long, Long> target = OutboxEvent.LISTING.equals(event.aggregateType()) ? versions : organizationVersions;
            target.merge(event.aggregateId(), event.id(), Math::max);
        }
        if (!organizationVersions.isEmpty()) {
            for (IndexedListing listing : feed.listings(feed.listingIdsOf(organizationVersions.keySet()))) {
                versions.merge(listing.listing().id(), organizationVersions.get(listing.listing().organizationId()), Math::max);
            }
        }
        return versions;
    }

    private void write(Map<Long, Long> versions) throws IOException {
        if (versions.isEmpty()) {
            return;
        }
        Map<Long, IndexedListing> current = new HashMap<>();
        feed.listings(versions.keySet()).forEach(listing -> current.put(listing.listing().id(), listing));
        LocalDate today = LocalDate.now(clock);
        Glossary glossary = terms.current();
        List<BulkOperation> operations = new ArrayList<>();
        versions.forEach((id, version) -> {
            IndexedListing listing = current.get(id);
            if (listing != null && listing.searchable()) {
                operations.add(BulkOperation.of(op -> op.index(i -> i.id(id.toString()).version(version).versionType(VersionType.ExternalGte)
                        .document(ListingDocument.of(listing, today, glossary)))));
            } else {
                operations.add(BulkOperation.of(op -> op.delete(d -> d.id(id.toString()).version(version).versionType(VersionType.ExternalGte))));
            }
        });
        send(index.alias(), operations);
        // While the index is being rebuilt, changes go to the new one too, and win over its copy.
        Optional<Reindex> building = reindexes.findFirstByStatus(Reindex.Status.BUILDING);
        if (building.isPresent()) {
            send(building.get().indexName(), operations);
        }
    }

    private void send(String target, List<BulkOperation> operations) throws IOException {
        BulkResponse response = client.bulk(b -> b.index(target).operations(operations));
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                // 409: a newer version is already there; 404: nothing to delete. Both mean the index is as it should be.
                if (item.error() != null && item.status() != 409 && item.status() != 404) {
                    throw new IllegalStateException("Elasticsearch refused listing " + item.id() + ": " + item.error().reason());
                }
            }
        }
    }

    /** An error message short enough for the outbox's and the rebuild's error columns. */
    static String abbreviate(String message) {
        String text = message == null ? "unknown error" : message;
        return text.length() > 900 ? text.substring(0, 900) : text;
    }
}
