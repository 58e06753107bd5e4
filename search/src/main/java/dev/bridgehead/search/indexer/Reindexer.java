package dev.bridgehead.search.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.indexing.IndexFeed;
import dev.bridgehead.marketplace.indexing.IndexedListing;
import dev.bridgehead.marketplace.indexing.Reindex;
import dev.bridgehead.marketplace.indexing.ReindexRepository;
import dev.bridgehead.marketplace.outbox.Outbox;
import dev.bridgehead.search.index.ListingDocument;
import dev.bridgehead.search.index.ListingIndex;
import dev.bridgehead.search.language.Glossary;
import dev.bridgehead.search.language.TermBase;
import dev.bridgehead.search.query.SearchUnavailable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the listings index from MySQL without downtime: a new physical index is filled in
 * batches while searches keep using the old one, then the alias switches to it in one step.
 * Changes made meanwhile reach both indices (the indexer writes to the one being built too) and
 * win over the copy, whose documents carry the outbox high-water mark as their version.
 */
@Singleton
public class Reindexer {

    static final int BATCH = 500;
    static final Duration PROGRESS_RECORDED_EVERY = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);

    private final ElasticsearchClient client;
    private final ListingIndex index;
    private final IndexFeed feed;
    private final ReindexRepository runs;
    private final Outbox outbox;
    private final Clock clock;
    private final TermBase terms;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "bridgehead-reindex");
        thread.setDaemon(true);
        return thread;
    });

    Reindexer(ElasticsearchClient client, ListingIndex index, IndexFeed feed, ReindexRepository runs, Outbox outbox, Clock clock, TermBase terms) {
        this.client = client;
        this.index = index;
        this.feed = feed;
        this.runs = runs;
        this.outbox = outbox;
        this.clock = clock;
        this.terms = terms;
    }

    /** Starts a rebuild in the background; returns its record, whose progress {@link #latest()} follows. */
    public Reindex start(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowed("Only park staff rebuild the search index");
        }
        Reindex run = begin();
        worker.submit(() -> copy(run));
        return run;
    }

    /** Starts a rebuild in the background on the application's own account (after a mapping upgrade). */
    Reindex startUnattended() {
        Reindex run = begin();
        worker.submit(() -> copy(run));
        return run;
    }

    /** Rebuilds in the calling thread, reporting progress to {@code progress} (the command line's bar). */
    public Reindex runNow(java.util.function.IntConsumer progress) {
        Reindex run = begin();
        return copy(run, progress);
    }

    public Optional<Reindex> latest() {
        return runs.findFirstOrderByIdDesc();
    }

    /** The rebuild under way, if any: the indexer writes to its index as well. */
    public Optional<Reindex> building() {
        return runs.findFirstByStatus(Reindex.Status.BUILDING);
    }

    /** One rebuild at a time in this JVM: the check for a running one and the record of the new one are one step. */
    private synchronized Reindex begin() {
        if (building().isPresent()) {
            throw new Conflict("A rebuild of the search index is already running");
        }
        String name = index.newPhysicalName();
        try {
            index.ensureExists();
            index.create(name);
        } catch (IOException e) {
            throw new SearchUnavailable(e);
        }
        // The run is recorded before the high-water mark is taken, so every later change sees it and is written to both indices.
        Reindex run = runs.save(new Reindex(null, name, Reindex.Status.BUILDING, 0, (int) feed.countPublished(), 0, clock.instant(), null, null));
        long highWater = outbox.highWaterMark();
        return runs.update(new Reindex(run.id(), name, run.status(), highWater, run.total(), 0, run.startedAt(), null, null));
    }

    private Reindex copy(Reindex run) {
        return copy(run, done -> { });
    }

    private Reindex copy(Reindex run, java.util.function.IntConsumer progress) {
        Reindex current = run;
        ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "reindex-reader"));
        try {
            int copied = 0;
            LocalDate today = LocalDate.now(clock);
            Glossary glossary = terms.current();
            IndexFeed.Pass published = feed.published();
            pauseRefresh(run.indexName());
            // While Elasticsearch takes one batch, the next is read from MySQL and made into its request.
            Batch batch = reader.submit(() -> prepare(run, published, today, glossary)).get();
            long recorded = System.nanoTime();
            while (batch.read() > 0) {
                Future<Batch> next = reader.submit(() -> prepare(run, published, today, glossary));
                send(batch);
                copied += batch.read();
                progress.accept(copied);
                // The staff page polls the recorded progress; a write per batch would keep Elasticsearch waiting for MySQL.
                if (System.nanoTime() - recorded >= PROGRESS_RECORDED_EVERY.toNanos()) {
                    current = runs.update(current.progressed(copied));
                    recorded = System.nanoTime();
                }
                batch = next.get();
            }
            current = current.progressed(copied);
            resumeRefresh(run.indexName());
            switchAlias(run.indexName());
            current = runs.update(current.finished(Reindex.Status.DONE, clock.instant(), null));
            LOG.info("Search index rebuilt: {} listings in {}", copied, run.indexName());
        } catch (IOException | RuntimeException | ExecutionException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warn("Rebuilding the search index failed: {}", e.getMessage());
            current = runs.update(current.finished(Reindex.Status.FAILED, clock.instant(), OutboxIndexer.abbreviate(e.getMessage())));
            deleteQuietly(run.indexName());
        } finally {
            reader.shutdownNow();
        }
        return current;
    }

    /**
     * The next batch of listings read, and the bulk request for the searchable ones, each document
     * already serialised (so that the thread sending it does nothing else), with the high-water mark
     * as its version: a change the indexer wrote meanwhile carries a higher one and stays.
     */
    private Batch prepare(Reindex run, IndexFeed.Pass published, LocalDate today, Glossary glossary) {
        List<IndexedListing> listings = published.next(BATCH);
        List<BulkOperation> operations = new ArrayList<>();
        for (IndexedListing listing : listings) {
            if (listing.searchable()) {
                BinaryData document = BinaryData.of(ListingDocument.of(listing, today, glossary), client._jsonpMapper());
                operations.add(BulkOperation.of(op -> op.index(i -> i.id(listing.listing().id().toString()).version(run.highWater())
                        .versionType(VersionType.ExternalGte).document(document))));
            }
        }
        BulkRequest request = operations.isEmpty() ? null : BulkRequest.of(b -> b.index(run.indexName()).operations(operations));
        return new Batch(listings.size(), request);
    }

    /** {@code read} listings, of which those searchable are in {@code request} (null when none is). */
    private record Batch(int read, BulkRequest request) {
    }

    /** No refreshes while the new index is filled: nobody searches it yet, and each refresh would cost a segment. */
    private void pauseRefresh(String name) throws IOException {
        client.indices().putSettings(p -> p.index(name).settings(s -> s.refreshInterval(t -> t.time("-1"))));
    }

    private void resumeRefresh(String name) throws IOException {
        client.indices().putSettings(p -> p.index(name).settings(s -> s.refreshInterval(t -> t.time("1s"))));
    }

    private void send(Batch batch) throws IOException {
        if (batch.request() == null) {
            return;
        }
        BulkResponse response = client.bulk(batch.request());
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                // 409: the indexer already wrote a newer state of this listing into the new index.
                if (item.error() != null && item.status() != 409) {
                    throw new IllegalStateException("Elasticsearch refused listing " + item.id() + ": " + item.error().reason());
                }
            }
        }
    }

    private void switchAlias(String newIndex) throws IOException {
        client.indices().refresh(r -> r.index(newIndex));
        List<String> old = List.copyOf(client.indices().getAlias(a -> a.name(index.alias())).result().keySet());
        client.indices().updateAliases(u -> {
            old.forEach(name -> u.actions(a -> a.remove(r -> r.index(name).alias(index.alias()))));
            return u.actions(a -> a.add(add -> add.index(newIndex).alias(index.alias()).isWriteIndex(true)));
        });
        for (String name : old) {
            deleteQuietly(name);
        }
    }

    private void deleteQuietly(String name) {
        try {
            client.indices().delete(d -> d.index(name).ignoreUnavailable(true));
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not delete index {}", name, e);
        }
    }
}
