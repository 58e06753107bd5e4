package dev.bridgehead.web.staff;

import dev.bridgehead.marketplace.indexing.Reindex;
import dev.bridgehead.search.indexer.IndexConsistency;
import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;

/**
 * The state of the search index for staff: the latest rebuild and its progress, and the result of
 * a consistency check when one was just run.
 */
public record SearchAdminPage(PageContext context, @Nullable Reindex reindex, @Nullable IndexConsistency.Report report) {

    public boolean building() {
        return reindex != null && reindex.status() == Reindex.Status.BUILDING;
    }
}
