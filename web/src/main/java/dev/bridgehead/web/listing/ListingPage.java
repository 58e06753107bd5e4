package dev.bridgehead.web.listing;

import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingChange;
import dev.bridgehead.marketplace.listing.ListingStatus;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.scenario.Scenario;
import dev.bridgehead.web.i18n.Language;
import dev.bridgehead.search.readers.Glosses;
import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * One listing's page; its owner and staff also see its state, the actions it allows and its history.
 *
 * @param history empty for visitors who may not see it
 */
public record ListingPage(PageContext context, Listing listing, Organization organization, List<Scenario> scenarios, List<ListingChange> history,
                          Map<Long, String> actorNames, @Nullable Glosses.Gloss gloss, @Nullable Long missedReaders) {

    /** The language the listing lacks (en or zh), to ask its provider for a translation; null for a bilingual listing. */
    public String missingLanguage() {
        return Glosses.missingLanguage(listing).orElse(null);
    }

    /** Who made a change, by name. */
    public String actorName(ListingChange change) {
        return change.actorId() == null ? "" : actorNames.getOrDefault(change.actorId(), "#" + change.actorId());
    }

    /** The title in the page's language when there is one, else the other. */
    public String title() {
        return context.inLanguage(listing.title(), listing.titleZh());
    }

    /** The title in the other language, if the listing has both. */
    public String otherTitle() {
        if (listing.titleZh() == null) {
            return null;
        }
        return context.language() == Language.ZH ? listing.title() : listing.titleZh();
    }

    /** The language of {@link #otherTitle()}. */
    public String otherTitleLang() {
        return context.language() == Language.ZH ? "en" : "zh-CN";
    }

    public String description() {
        return context.inLanguage(listing.description(), listing.descriptionZh());
    }

    public String organizationName() {
        return context.inLanguage(organization.name(), organization.nameZh());
    }

    public boolean ownedByViewer() {
        return context.actor() != null && context.actor().isMemberOf(listing.organizationId());
    }

    public boolean managedByViewer() {
        return ownedByViewer() || context.isStaff();
    }

    public boolean canSubmit() {
        return ownedByViewer() && List.of(ListingStatus.DRAFT, ListingStatus.REJECTED, ListingStatus.UNPUBLISHED).contains(listing.status());
    }

    public boolean canUnpublish() {
        return managedByViewer() && listing.status() == ListingStatus.PUBLISHED;
    }

    public boolean canModerate() {
        return context.isStaff() && (listing.status() == ListingStatus.SUBMITTED || listing.status() == ListingStatus.UNPUBLISHED);
    }

    /** What the pending (or refused) revision changes in the live version; empty without one. */
    public List<RevisionChange> revisionChanges() {
        return listing.pendingRevision() == null ? List.of() : RevisionChange.between(context, listing.live(), listing.pendingRevision());
    }

    public boolean canDecideRevision() {
        return context.isStaff() && listing.status() == ListingStatus.PUBLISHED && listing.hasPendingRevision();
    }

    public String scenarioTitle(Scenario scenario) {
        return context.inLanguage(scenario.title(), scenario.titleZh());
    }
}
