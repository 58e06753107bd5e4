package dev.bridgehead.web.organization;

import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.web.i18n.Language;
import dev.bridgehead.web.page.PageContext;
import java.util.List;

/** The public page of a verified organisation, with its published listings. */
public record OrganizationPage(PageContext context, Organization organization, List<Listing> listings, ComplianceSummary compliance) {

    public String name() {
        return context.language() == Language.ZH && organization.nameZh() != null ? organization.nameZh() : organization.name();
    }

    public String description() {
        return context.language() == Language.ZH && organization.descriptionZh() != null ? organization.descriptionZh() : organization.description();
    }

    public String title(Listing listing) {
        return context.language() == Language.ZH && listing.titleZh() != null ? listing.titleZh() : listing.title();
    }
}
