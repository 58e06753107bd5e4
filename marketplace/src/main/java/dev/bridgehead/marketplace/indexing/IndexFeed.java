package dev.bridgehead.marketplace.indexing;

import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingRepository;
import dev.bridgehead.marketplace.listing.ListingStatus;
import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.ComplianceProfileRepository;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.organization.OrganizationRepository;
import dev.bridgehead.marketplace.scenario.Scenario;
import dev.bridgehead.marketplace.scenario.ScenarioRepository;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads listings for the index in batches: one query per table, not per listing. */
@Singleton
public class IndexFeed {

    private final ListingRepository listings;
    private final OrganizationRepository organizations;
    private final ComplianceProfileRepository profiles;
    private final ScenarioRepository scenarios;

    IndexFeed(ListingRepository listings, OrganizationRepository organizations, ComplianceProfileRepository profiles, ScenarioRepository scenarios) {
        this.listings = listings;
        this.organizations = organizations;
        this.profiles = profiles;
        this.scenarios = scenarios;
    }

    /** The listings that exist among {@code ids}; a deleted one is simply absent. */
    public List<IndexedListing> listings(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : assemble(listings.findByIdIn(ids));
    }

    public List<Long> listingIdsOf(Collection<Long> organizationIds) {
        return organizationIds.isEmpty() ? List.of() : listings.findIdByOrganizationIdIn(organizationIds);
    }

    /** The next batch of published listings after {@code afterId}, in id order, for a full reindex. */
    public List<IndexedListing> publishedAfter(long afterId, int limit) {
        return assemble(listings.findByStatusAndIdGreaterThanOrderById(ListingStatus.PUBLISHED, afterId, io.micronaut.data.model.Pageable.from(0, limit)));
    }

    public long countPublished() {
        return listings.countByStatus(ListingStatus.PUBLISHED);
    }

    private List<IndexedListing> assemble(List<Listing> batch) {
        Set<Long> organizationIds = batch.stream().map(Listing::organizationId).collect(Collectors.toSet());
        Map<Long, Organization> organizationsById = organizations.findByIdIn(organizationIds).stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
        Map<Long, ComplianceProfile> profilesById = new HashMap<>();
        profiles.findByOrganizationIdIn(organizationIds).forEach(profile -> profilesById.put(profile.organizationId(), profile));
        Set<Long> scenarioIds = batch.stream().flatMap(listing -> listing.scenarioIds().stream()).collect(Collectors.toSet());
        Map<Long, Scenario> scenariosById = scenarioIds.isEmpty() ? Map.of()
                : scenarios.findByIdIn(scenarioIds).stream().collect(Collectors.toMap(Scenario::id, Function.identity()));
        return batch.stream().map(listing -> new IndexedListing(listing, organizationsById.get(listing.organizationId()),
                profilesById.getOrDefault(listing.organizationId(), ComplianceProfile.empty(listing.organizationId())),
                listing.scenarioIds().stream().map(scenariosById::get).filter(java.util.Objects::nonNull).toList())).toList();
    }
}
