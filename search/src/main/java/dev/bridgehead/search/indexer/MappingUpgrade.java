package dev.bridgehead.search.indexer;

import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.search.index.ListingIndex;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, brings an index built by an older release up to this release's mapping: the new fields
 * are added in place and the index is rebuilt in the background, so that the documents already
 * there get them too (searches go on meanwhile, on the old index). A rebuild that did not finish is
 * started again at the next start. Several nodes starting at once start one rebuild: the others
 * find it running.
 */
@Singleton
@Requires(property = "bridgehead.search.mapping-upgrade.enabled", notEquals = "false")
class MappingUpgrade {

    private static final Logger LOG = LoggerFactory.getLogger(MappingUpgrade.class);

    private final ListingIndex index;
    private final Reindexer reindexer;

    MappingUpgrade(ListingIndex index, Reindexer reindexer) {
        this.index = index;
        this.reindexer = reindexer;
    }

    @EventListener
    @Async
    void onStartup(StartupEvent event) {
        try {
            if (index.upgradeNeeded()) {
                LOG.info("The search index was built for an older mapping; rebuilding it in the background");
                reindexer.startUnattended();
            }
        } catch (Conflict e) {
            LOG.info("A rebuild of the search index is already running");
        } catch (Exception e) {
            LOG.warn("Could not check the search index's mapping (it is checked again at the next start): {}", e.getMessage());
        }
    }
}
