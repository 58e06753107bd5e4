package dev.bridgehead.web.organization;

import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.web.page.PageContext;
import java.util.List;

/** The public page of a verified organisation, with its published listings. */
public record OrganizationPage(PageContext context, Organization organization, List<Listing> listings, ComplianceSummary compliance) {

    public String name() {
        return context.inLanguage(organization.name(), organization.nameZh());
    }

    public String description() {
        return context.inLanguage(organization.description(), organization.descriptionZh());
    }

    public String title(Listing listing) {
        return context.inLanguage(listing.title(), listing.titleZh());
    }
}
