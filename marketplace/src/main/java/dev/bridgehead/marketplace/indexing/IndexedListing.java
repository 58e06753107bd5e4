package dev.bridgehead.marketplace.indexing;

import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingStatus;
import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.scenario.Scenario;
import java.util.List;

/** A listing with everything search shows or filters by. */
public record IndexedListing(Listing listing, Organization organization, ComplianceProfile profile, List<Scenario> scenarios) {

    /** Only published listings of verified organisations are found by search. */
    public boolean searchable() {
        return listing.status() == ListingStatus.PUBLISHED && organization.verification().isPublic();
    }
}
