package dev.bridgehead.web.listing;

import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.web.page.PageContext;
import java.util.List;
import java.util.Map;

/**
 * A page of listings: the public catalogue, a provider's own list, or the moderation queue.
 *
 * @param heading message key of the page's heading
 */
public record ListingsPage(PageContext context, String heading, List<Listing> listings, Map<Long, Organization> organizations, long total, int page,
                           int pages, String basePath) {

    public String title(Listing listing) {
        return context.inLanguage(listing.title(), listing.titleZh());
    }

    public String organizationName(Listing listing) {
        Organization organization = organizations.get(listing.organizationId());
        if (organization == null) {
            return "";
        }
        return context.inLanguage(organization.name(), organization.nameZh());
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
