package dev.bridgehead.search.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.bridgehead.marketplace.indexing.IndexFeed;
import dev.bridgehead.marketplace.indexing.IndexedListing;
import dev.bridgehead.marketplace.outbox.Outbox;
import dev.bridgehead.search.index.ListingIndex;
import dev.bridgehead.search.query.SearchUnavailable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the listings MySQL says are searchable with the documents in the index, and repairs
 * every difference by queueing the listing for the indexer, which then writes or deletes it.
 */
@Singleton
public class IndexConsistency {

    static final int PAGE = 2_000;
    static final int SHOWN = 20;

    private final ElasticsearchClient client;
    private final ListingIndex index;
    private final IndexFeed feed;
    private final Outbox outbox;

    IndexConsistency(ElasticsearchClient client, ListingIndex index, IndexFeed feed, Outbox outbox) {
        this.client = client;
        this.index = index;
        this.feed = feed;
        this.outbox = outbox;
    }

    /**
     * The differences, at most {@value #SHOWN} of each kind listed.
     *
     * @param missing searchable in MySQL but not in the index
     * @param extra   in the index but not searchable (unpublished, deleted, organisation not verified)
     */
    public record Report(int searchable, int indexed, int missingCount, int extraCount, List<Long> missing, List<Long> extra, boolean repaired) {

        public boolean consistent() {
            return missingCount == 0 && extraCount == 0;
        }
    }

    /** Checks, and with {@code repair} queues every differing listing so the indexer puts it right. */
    public Report check(boolean repair) {
        Set<Long> searchable = searchableInMysql();
        Set<Long> indexed = indexedIds();
        Set<Long> missing = new TreeSet<>(searchable);
        missing.removeAll(indexed);
        Set<Long> extra = new TreeSet<>(indexed);
        extra.removeAll(searchable);
        if (repair) {
            queue(missing, extra);
        }
        return new Report(searchable.size(), indexed.size(), missing.size(), extra.size(), missing.stream().limit(SHOWN).toList(),
                extra.stream().limit(SHOWN).toList(), repair && !(missing.isEmpty() && extra.isEmpty()));
    }

    /** One short transaction for the repairs, after the long reads. */
    @Transactional
    void queue(Set<Long> missing, Set<Long> extra) {
        missing.forEach(outbox::listingChanged);
        extra.forEach(outbox::listingChanged);
    }

    private Set<Long> searchableInMysql() {
        Set<Long> ids = new HashSet<>();
        IndexFeed.Pass published = feed.published();
        for (List<IndexedListing> batch = published.next(PAGE); !batch.isEmpty(); batch = published.next(PAGE)) {
            batch.stream().filter(IndexedListing::searchable).forEach(listing -> ids.add(listing.listing().id()));
        }
        return ids;
    }

    private Set<Long> indexedIds() {
        Set<Long> ids = new HashSet<>();
        try {
            index.ensureExists();
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> searchAfter = after;
                SearchResponse<Void> page = client.search(s -> {
                    s.index(index.alias()).size(PAGE).source(src -> src.fetch(false)).sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                    if (searchAfter != null) {
                        s.searchAfter(searchAfter);
                    }
                    return s;
                }, Void.class);
                List<Hit<Void>> hits = page.hits().hits();
                if (hits.isEmpty()) {
                    return ids;
                }
                hits.forEach(hit -> ids.add(Long.parseLong(hit.id())));
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new SearchUnavailable(e);
        }
    }
}
