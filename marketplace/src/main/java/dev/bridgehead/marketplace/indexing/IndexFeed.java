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

    /**
     * Every published listing in id order, a batch at a time, for a full rebuild or a check. The
     * organisations and compliance profiles are read once each over the whole pass, not once per
     * batch: a batch of 500 listings touches hundreds of organisations, and the same ones again in
     * the next. A park has thousands of organisations, so holding them for one pass costs little.
     */
    public Pass published() {
        return new Pass();
    }

    public long countPublished() {
        return listings.countByStatus(ListingStatus.PUBLISHED);
    }

    /** One pass over the published listings; not for use by several threads at once. */
    public final class Pass {

        private final Map<Long, Organization> organizationsById = new HashMap<>();
        private final Map<Long, ComplianceProfile> profilesById = new HashMap<>();
        private long afterId;

        private Pass() {
        }

        /** The next {@code limit} published listings, empty at the end. */
        public List<IndexedListing> next(int limit) {
            List<Listing> batch = listings.findByStatusAndIdGreaterThanOrderById(ListingStatus.PUBLISHED, afterId,
                    io.micronaut.data.model.Pageable.from(0, limit));
            if (!batch.isEmpty()) {
                afterId = batch.get(batch.size() - 1).id();
            }
            return assemble(batch, organizationsById, profilesById);
        }
    }

    private List<IndexedListing> assemble(List<Listing> batch) {
        return assemble(batch, new HashMap<>(), new HashMap<>());
    }

    /** The batch with its organisations, profiles and scenarios; organisations and profiles not yet in the maps are read into them. */
    private List<IndexedListing> assemble(List<Listing> batch, Map<Long, Organization> organizationsById, Map<Long, ComplianceProfile> profilesById) {
        Set<Long> missing = batch.stream().map(Listing::organizationId).filter(id -> !organizationsById.containsKey(id)).collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            organizations.findByIdIn(missing).forEach(organization -> organizationsById.put(organization.id(), organization));
            profiles.findByOrganizationIdIn(missing).forEach(profile -> profilesById.put(profile.organizationId(), profile));
        }
        Set<Long> scenarioIds = batch.stream().flatMap(listing -> listing.scenarioIds().stream()).collect(Collectors.toSet());
        Map<Long, Scenario> scenariosById = scenarioIds.isEmpty() ? Map.of()
                : scenarios.findByIdIn(scenarioIds).stream().collect(Collectors.toMap(Scenario::id, Function.identity()));
        return batch.stream().map(listing -> new IndexedListing(listing, organizationsById.get(listing.organizationId()),
                profilesById.getOrDefault(listing.organizationId(), ComplianceProfile.empty(listing.organizationId())),
                listing.scenarioIds().stream().map(scenariosById::get).filter(java.util.Objects::nonNull).toList())).toList();
    }
}
