package dev.bridgehead.web.staff;

import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.web.listing.ListingsPage;
import dev.bridgehead.web.listing.RevisionChange;
import dev.bridgehead.web.page.PageContext;
import java.util.List;

/**
 * The moderation queue: changes to published listings, each with what it changes in the live
 * version, and the page of listings submitted for review.
 *
 * @param revisions the published listings whose revisions wait longest, at most {@link StaffController#REVISIONS_SHOWN}, and how many wait
 * @param submitted a page of the listings submitted for review
 */
public record ModerationPage(PageContext context, ListingsPage revisions, ListingsPage submitted) {

    public List<RevisionChange> changes(Listing listing) {
        return RevisionChange.between(context, listing.live(), listing.pendingRevision());
    }
}
