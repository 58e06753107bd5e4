package dev.bridgehead.search.relevance;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.listing.ListingInput;
import dev.bridgehead.marketplace.need.Need;
import dev.bridgehead.marketplace.need.NeedService;
import dev.bridgehead.marketplace.organization.Jurisdiction;
import dev.bridgehead.search.matching.SearchCandidates;
import dev.bridgehead.search.query.ListingSearch;
import dev.bridgehead.search.query.SearchQuery;
import dev.bridgehead.search.query.Translating;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The relevance set in a marketplace: its organisations, listings and needs created through the
 * application's services (so that indexing is the real one), then its searches and needs run
 * against the listings index, alone or among the listings of a full benchmark marketplace.
 */
public final class RelevanceRun {

    private final RelevanceSet set;
    private final Map<Long, String> keyOfListing;
    private final Map<String, Need> needs;

    private RelevanceRun(RelevanceSet set, Map<Long, String> keyOfListing, Map<String, Need> needs) {
        this.set = set;
        this.keyOfListing = keyOfListing;
        this.needs = needs;
    }

    /**
     * Creates the set's organisations (one verified member each, from {@code members}), publishes
     * its listings ({@code publish} returns the listing's id) and posts its needs.
     */
    public static RelevanceRun load(RelevanceSet set, Function<RelevanceSet.Organization, Actor> members,
                                    BiFunction<Actor, ListingInput, Long> publish, NeedService needService) {
        Map<String, Actor> memberOf = new LinkedHashMap<>();
        set.organizations().forEach(o -> memberOf.put(o.key(), members.apply(o)));
        Map<Long, String> keys = new HashMap<>();
        for (RelevanceSet.ListingCase listing : set.listings()) {
            keys.put(publish.apply(memberOf.get(listing.organization()), listing.input()), listing.key());
        }
        Map<String, Need> needs = new LinkedHashMap<>();
        for (RelevanceSet.NeedCase need : set.needs()) {
            needs.put(need.key(), needService.create(memberOf.get(need.organization()), need.input()));
        }
        return new RelevanceRun(set, keys, needs);
    }

    /** A set loaded before: its listings' ids by key and its needs by key. */
    public static RelevanceRun loaded(RelevanceSet set, Map<Long, String> keyOfListing, Map<String, Need> needs) {
        return new RelevanceRun(set, Map.copyOf(keyOfListing), new LinkedHashMap<>(needs));
    }

    /** The listings' ids by key. */
    public Map<Long, String> listingKeys() {
        return Map.copyOf(keyOfListing);
    }

    /** The needs posted, by key. */
    public Map<String, Need> needs() {
        return Map.copyOf(needs);
    }

    /** The figures of one way of crossing the language border. */
    public Figures measure(ListingSearch search, SearchCandidates candidates, Translating how) {
        return Figures.of(set,
                query -> keys(search.search(SearchQuery.of(query.query(), Map.of(), null, 1, Figures.K), how).items().stream()
                        .map(hit -> Long.valueOf(hit.id())).toList()),
                need -> {
                    Jurisdiction own = Jurisdiction.valueOf(set.organization(need.organization()).jurisdiction());
                    Jurisdiction partners = own == Jurisdiction.CN ? Jurisdiction.SG : Jurisdiction.CN;
                    return keys(candidates.candidates(needs.get(need.key()), partners, Figures.K, how).stream()
                            .map(candidate -> candidate.listingId()).toList());
                });
    }

    private List<String> keys(List<Long> ids) {
        return ids.stream().map(id -> keyOfListing.getOrDefault(id, "other:" + id)).toList();
    }

    public RelevanceSet set() {
        return set;
    }
}
