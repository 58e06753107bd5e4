package dev.bridgehead.web.listing;

import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.web.page.PageContext;
import io.micronaut.data.model.Page;
import jakarta.inject.Singleton;

/** Turns a page of listings into the listings page model, with their organisations. */
@Singleton
public class Listings {

    private final OrganizationService organizations;

    Listings(OrganizationService organizations) {
        this.organizations = organizations;
    }

    public ListingsPage page(PageContext context, String heading, Page<Listing> page, String basePath) {
        return new ListingsPage(context, heading, page.getContent(),
                organizations.byIds(page.getContent().stream().map(Listing::organizationId).distinct().toList()),
                page.getTotalSize(), page.getPageNumber() + 1, Math.max(1, page.getTotalPages()), basePath);
    }
}
