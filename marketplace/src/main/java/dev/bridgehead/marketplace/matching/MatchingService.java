package dev.bridgehead.marketplace.matching;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.compliance.Assessment;
import dev.bridgehead.marketplace.compliance.Certification;
import dev.bridgehead.marketplace.compliance.ComplianceEngine;
import dev.bridgehead.marketplace.compliance.DataCategory;
import dev.bridgehead.marketplace.compliance.Direction;
import dev.bridgehead.marketplace.compliance.Flow;
import dev.bridgehead.marketplace.compliance.Participant;
import dev.bridgehead.marketplace.compliance.Regime;
import dev.bridgehead.marketplace.compliance.SentThisYear;
import dev.bridgehead.marketplace.compliance.Verdict;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingRepository;
import dev.bridgehead.marketplace.listing.ListingStatus;
import dev.bridgehead.marketplace.need.Need;
import dev.bridgehead.marketplace.need.NeedRepository;
import dev.bridgehead.marketplace.need.NeedService;
import dev.bridgehead.marketplace.need.NeedStatus;
import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.ComplianceProfileRepository;
import dev.bridgehead.marketplace.organization.Jurisdiction;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.organization.OrganizationRepository;
import dev.bridgehead.marketplace.organization.Verification;
import dev.bridgehead.marketplace.outbox.Outbox;
import dev.bridgehead.marketplace.negativelist.NegativeLists;
import io.micronaut.context.BeanProvider;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pairs a need with listings across the border: candidates from the search engine, then the hard
 * requirements (certifications the need requires, categories the partner accepts), then the
 * compliance verdict of each pair. Suggestions are stored for staff curation; a refresh replaces
 * the suggestions nobody has curated yet and leaves curated ones alone.
 */
@Singleton
public class MatchingService {

    /** Listings the search engine is asked for per need. */
    public static final int CANDIDATES = 30;
    /** Suggestions kept per need. */
    public static final int SUGGESTIONS = 20;
    static final int NEAR_MISSES = 10;
    /** Open needs looked at again when a listing or an organisation changes, most recently changed first. */
    static final int NEEDS_PER_CHANGE = 200;

    private final NeedRepository needs;
    private final NeedService needService;
    private final ListingRepository listings;
    private final OrganizationRepository organizations;
    private final ComplianceProfileRepository profiles;
    private final MatchRepository matches;
    private final MatchRunRepository runs;
    private final BeanProvider<CandidateSource> candidates;
    private final ComplianceEngine engine;
    private final NegativeLists lists;
    private final Outbox outbox;
    private final io.micronaut.serde.ObjectMapper json;
    private final Clock clock;
    private final dev.bridgehead.marketplace.ledger.ExportLedger ledger;
    private final BeanProvider<VerdictListener> verdictListener;

    MatchingService(NeedRepository needs, NeedService needService, ListingRepository listings, OrganizationRepository organizations,
                    ComplianceProfileRepository profiles, MatchRepository matches, MatchRunRepository runs, BeanProvider<CandidateSource> candidates,
                    ComplianceEngine engine, NegativeLists lists, Outbox outbox, io.micronaut.serde.ObjectMapper json, Clock clock,
                    dev.bridgehead.marketplace.ledger.ExportLedger ledger, BeanProvider<VerdictListener> verdictListener) {
        this.ledger = ledger;
        this.verdictListener = verdictListener;
        this.json = json;
        this.needs = needs;
        this.needService = needService;
        this.listings = listings;
        this.organizations = organizations;
        this.profiles = profiles;
        this.matches = matches;
        this.runs = runs;
        this.candidates = candidates;
        this.engine = engine;
        this.lists = lists;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The need's suggestions and near misses, for its organisation and staff. */
    public NeedMatches matchesOf(Actor actor, Long needId) {
        Need need = needService.get(actor, needId);
        List<Match> items = matches.findByNeedId(needId, Sort.of(Sort.Order.desc("score"), Sort.Order.asc("listingId"))).stream()
                .filter(match -> match.verdict() != Verdict.BLOCKED).toList();
        return new NeedMatches(need, items, runs.findById(needId).orElse(null));
    }

    /** Matches a need now, for its organisation or staff, and returns the result. */
    public NeedMatches rematch(Actor actor, Long needId) {
        needService.get(actor, needId);
        refresh(needId);
        return matchesOf(actor, needId);
    }

    /** Needs across the border that match the organisation's listings: the provider's view. */
    public Page<Match> forListingsOf(Actor actor, Long organizationId, int page, int size) {
        if (actor == null || !actor.mayActFor(organizationId)) {
            throw new NotFound("Organisation " + organizationId);
        }
        return matches.findByListingOrganizationId(organizationId,
                Pageable.from(page, size, Sort.of(Sort.Order.desc("score"), Sort.Order.asc("id"))));
    }

    /** One match, for staff and the members of either organisation. */
    public Match get(Actor actor, Long matchId) {
        return matches.findById(matchId)
                .filter(match -> actor != null && (actor.mayActFor(match.needOrganizationId()) || actor.mayActFor(match.listingOrganizationId())))
                .orElseThrow(() -> new NotFound("Match " + matchId));
    }

    /** Queues a fresh matching of every open need (staff). */
    public int rematchEverything(Actor actor) {
        requireStaff(actor);
        return outbox.rematchEverything();
    }

    /** Queues a fresh matching of everything that concerns one organisation (staff). */
    @Transactional
    public void rematchOrganization(Actor actor, Long organizationId) {
        requireStaff(actor);
        organizations.findById(organizationId).orElseThrow(() -> new NotFound("Organisation " + organizationId));
        outbox.rematchOrganization(organizationId);
    }

    /** The open needs a change of this kind may affect: the refresher matches each of them again. */
    public Set<Long> needsAffectedBy(String aggregateType, Long id) {
        Set<Long> affected = new LinkedHashSet<>();
        switch (aggregateType) {
            case "need" -> affected.add(id);
            case "listing" -> listings.findById(id).ifPresent(listing -> {
                affected.addAll(matches.findNeedIdByListingIdAndStatus(id, MatchStatus.SUGGESTED));
                organizations.findById(listing.organizationId()).ifPresent(owner ->
                        affected.addAll(needsSharingSectors(owner.jurisdiction(), listing.sectors().stream().map(Enum::name).toList())));
            });
            case "organization" -> organizations.findById(id).ifPresent(organization -> {
                affected.addAll(needs.findIdByOrganizationIdAndStatus(id, NeedStatus.OPEN));
                affected.addAll(matches.findNeedIdByListingOrganizationIdAndStatus(id, MatchStatus.SUGGESTED));
                affected.addAll(needsSharingSectors(organization.jurisdiction(), organization.sectors().stream().map(Enum::name).toList()));
            });
            default -> throw new IllegalArgumentException("Matching does not follow " + aggregateType);
        }
        return affected;
    }

    /**
     * Matches one need again from the current data: the suggestions no one has curated yet are
     * replaced, curated ones are left as they are, and the near misses are recorded.
     */
    @Transactional
    public void refresh(Long needId) {
        Need need = needs.findById(needId).orElse(null);
        if (need == null) {
            return;
        }
        List<Match> existing = matches.findByNeedId(needId);
        Organization seeker = organizations.findById(need.organizationId()).orElseThrow();
        if (!need.isOpen() || seeker.verification() == Verification.REJECTED) {
            List<Long> uncurated = uncurated(existing);
            if (!uncurated.isEmpty()) {
                dropUnrequested(uncurated);
            }
            runs.deleteById(needId);
            return;
        }
        Jurisdiction partnerSide = partnerSide(need, seeker.jurisdiction());
        List<Candidate> proposed = candidates.get().candidates(need, partnerSide, CANDIDATES);
        Map<Long, Listing> byId = proposed.isEmpty() ? Map.of()
                : listings.findByIdIn(proposed.stream().map(Candidate::listingId).toList()).stream()
                .collect(Collectors.toMap(Listing::id, Function.identity()));
        Shortlist.Result result = Shortlist.of(evaluate(need, seeker, partnerSide, proposed, byId), SUGGESTIONS, NEAR_MISSES);
        store(need, existing, result);
        try {
            runs.record(needId, proposed.size(), result.items().size(), result.blocked(), json.writeValueAsString(result.nearMisses()),
                    clock.instant());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The benchmark's naive baseline: the need against every one of {@code published} through the
     * same requirements and rules, with no search prefilter and shared words as relevance. Stores
     * nothing; returns how many suggestions it would make.
     */
    public int naiveSuggestions(Long needId, List<Listing> published) {
        Need need = needs.findById(needId).orElseThrow();
        Organization seeker = organizations.findById(need.organizationId()).orElseThrow();
        Set<String> words = words(need.title() + " " + Objects.requireNonNullElse(need.description(), "") + " " + String.join(" ", need.tags()));
        List<Candidate> all = new ArrayList<>();
        Map<Long, Listing> byId = new HashMap<>();
        for (Listing listing : published) {
            Set<String> theirs = words(listing.title() + " " + Objects.requireNonNullElse(listing.titleZh(), "") + " "
                    + Objects.requireNonNullElse(listing.description(), "") + " " + String.join(" ", listing.tags()));
            theirs.retainAll(words);
            all.add(new Candidate(listing.id(), theirs.size(), List.copyOf(theirs)));
            byId.put(listing.id(), listing);
        }
        return Shortlist.of(evaluate(need, seeker, partnerSide(need, seeker.jurisdiction()), all, byId), SUGGESTIONS, NEAR_MISSES).items().size();
    }

    private static Set<String> words(String text) {
        Set<String> words = new java.util.HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 1) {
                words.add(word);
            }
        }
        return words;
    }

    private List<Shortlist.Evaluated> evaluate(Need need, Organization seeker, Jurisdiction partnerSide, List<Candidate> proposed,
                                               Map<Long, Listing> byId) {
        Set<Long> organizationIds = new LinkedHashSet<>();
        organizationIds.add(seeker.id());
        byId.values().forEach(listing -> organizationIds.add(listing.organizationId()));
        Map<Long, Organization> partners = organizations.findByIdIn(organizationIds).stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
        Map<Long, ComplianceProfile> profileOf = new HashMap<>();
        profiles.findByOrganizationIdIn(organizationIds).forEach(profile -> profileOf.put(profile.organizationId(), profile));
        Participant seekerSide = participant(seeker, profileOf);
        LocalDate today = LocalDate.now(clock);
        Regime regime = lists.regime();
        Map<Long, SentThisYear> sent = need.direction().oneWay().contains(Direction.CN_TO_SG)
                ? ledger.sentBefore(organizationIds, ledger.today()) : Map.of();

        List<Shortlist.Evaluated> evaluated = new ArrayList<>();
        for (Candidate candidate : proposed) {
            Listing listing = byId.get(candidate.listingId());
            Organization partner = listing == null ? null : partners.get(listing.organizationId());
            if (listing == null || listing.status() != ListingStatus.PUBLISHED || partner == null
                    || !partner.verification().isPublic() || partner.jurisdiction() != partnerSide
                    || !listing.directions().containsAll(need.direction().oneWay())) {
                continue;
            }
            Participant partnerParticipant = participant(partner, profileOf);
            List<MatchDetails.Missing> missing = missing(need, partnerParticipant, profileOf.get(partner.id()), today);
            Assessment assessment = null;
            if (missing.isEmpty()) {
                Long chineseParty = seeker.jurisdiction() == Jurisdiction.CN ? seeker.id() : partner.id();
                assessment = assess(need, seekerSide, partnerParticipant, today, regime, sent.getOrDefault(chineseParty, SentThisYear.NOTHING));
            }
            evaluated.add(new Shortlist.Evaluated(candidate, partner.id(), missing, assessment, reasons(need, listing, candidate)));
        }
        return evaluated;
    }

    /**
     * The hard requirements the partner misses: each certification the need requires (held, unexpired,
     * or included in a higher level), and, when the partner receives the data in some direction of
     * the need, each of the need's categories its profile does not accept.
     */
    private List<MatchDetails.Missing> missing(Need need, Participant partner, ComplianceProfile profile, LocalDate today) {
        List<MatchDetails.Missing> missing = new ArrayList<>();
        for (Certification required : need.requiredCertifications()) {
            if (!engine.holds(partner, required, today)) {
                String kind = engine.awaitsCheck(partner, required, today) ? "UNCHECKED_CERTIFICATION" : "CERTIFICATION";
                missing.add(new MatchDetails.Missing(kind, required.name()));
            }
        }
        boolean partnerReceives = need.direction().oneWay().stream().anyMatch(way -> way.to() == partner.jurisdiction());
        List<DataCategory> accepted = profile == null ? List.of(DataCategory.GENERAL) : profile.acceptsCategories();
        for (DataCategory category : need.dataCategories()) {
            if (partnerReceives && !accepted.contains(category)) {
                missing.add(new MatchDetails.Missing("CATEGORY", category.name()));
            }
        }
        return missing;
    }

    private static List<MatchDetails.Reason> reasons(Need need, Listing listing, Candidate candidate) {
        List<MatchDetails.Reason> reasons = new ArrayList<>();
        addReason(reasons, "TERMS", candidate.matchedTerms());
        addReason(reasons, "SECTORS", listing.sectors().stream().filter(need.sectors()::contains).map(Enum::name).toList());
        Set<String> needTags = need.tags().stream().map(tag -> tag.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        addReason(reasons, "TAGS", listing.tags().stream().filter(tag -> needTags.contains(tag.toLowerCase(Locale.ROOT))).toList());
        addReason(reasons, "SCENARIOS", listing.scenarioIds().stream().filter(need.scenarioIds()::contains).map(String::valueOf).toList());
        addReason(reasons, "CATEGORIES", listing.dataCategories().stream().filter(need.dataCategories()::contains).map(Enum::name).toList());
        return reasons;
    }

    private static void addReason(List<MatchDetails.Reason> reasons, String kind, List<String> values) {
        if (!values.isEmpty()) {
            reasons.add(new MatchDetails.Reason(kind, List.copyOf(values)));
        }
    }

    private void store(Need need, List<Match> existing, Shortlist.Result result) {
        Instant now = clock.instant();
        Map<Long, Match> byListing = existing.stream().collect(Collectors.toMap(Match::listingId, Function.identity()));
        Set<Long> kept = new LinkedHashSet<>();
        List<Match> added = new ArrayList<>();
        List<Match> changed = new ArrayList<>();
        for (Shortlist.Suggestion suggestion : result.items()) {
            Shortlist.Evaluated e = suggestion.evaluated();
            Assessment assessment = e.assessment();
            Match fresh = new Match(null, need.id(), e.candidate().listingId(), need.organizationId(), e.organizationId(), suggestion.score(),
                    assessment.verdict(), assessment.steps().stream().map(MatchDetails.Step::of).toList(), e.reasons(),
                    assessment.rules().stream().map(MatchDetails.RuleUse::of).toList(), MatchStatus.SUGGESTED, null, now,
                    engine.ruleBook().version(), null, null, null);
            Match current = byListing.get(fresh.listingId());
            kept.add(fresh.listingId());
            if (current == null) {
                added.add(fresh);
            } else if (current.status() == MatchStatus.SUGGESTED && !sameComputation(current, fresh)) {
                changed.add(current.recomputed(fresh));
            }
        }
        if (!added.isEmpty()) {
            matches.saveAll(added);
        }
        if (!changed.isEmpty()) {
            matches.updateAll(changed);
            List<VerdictChange> verdicts = changed.stream().filter(after -> byListing.get(after.listingId()).verdict() != after.verdict())
                    .map(after -> new VerdictChange(byListing.get(after.listingId()), after)).toList();
            if (!verdicts.isEmpty()) {
                verdictListener.get().verdictsChanged(verdicts);
            }
        }
        List<Long> gone = existing.stream().filter(match -> match.status() == MatchStatus.SUGGESTED && !kept.contains(match.listingId()))
                .map(Match::id).toList();
        if (!gone.isEmpty()) {
            dropUnrequested(gone);
        }
    }

    /**
     * Suggestions that matching no longer makes go, with the verdict changes recorded while they were
     * suggested and the notices about them; one someone asked to be introduced to stays.
     */
    private void dropUnrequested(List<Long> ids) {
        matches.deleteHistoryOfUnrequested(ids);
        matches.deleteNoticesOfUnrequested(ids);
        matches.deleteUnrequested(ids);
    }

    private static boolean sameComputation(Match a, Match b) {
        return a.score() == b.score() && a.verdict() == b.verdict() && a.steps().equals(b.steps()) && a.reasons().equals(b.reasons())
                && a.rules().equals(b.rules()) && java.util.Objects.equals(a.ruleBookVersion(), b.ruleBookVersion());
    }

    private static List<Long> uncurated(List<Match> existing) {
        return existing.stream().filter(match -> match.status() == MatchStatus.SUGGESTED).map(Match::id).toList();
    }

    private List<Long> needsSharingSectors(Jurisdiction providerSide, List<String> sectors) {
        if (sectors.isEmpty()) {
            return List.of();
        }
        String json = sectors.stream().map(sector -> "\"" + sector + "\"").collect(Collectors.joining(",", "[", "]"));
        List<Long> found = new ArrayList<>();
        for (Jurisdiction seekerSide : Jurisdiction.values()) {
            if (seekerSide != providerSide) {
                found.addAll(needs.openIdsSharingSectors(seekerSide.name(), json, NEEDS_PER_CHANGE));
            }
        }
        return found;
    }

    /**
     * The verdict on the need's flow between the seeker and a partner: the seeker exports unless the need only imports.
     *
     * @param sentByChineseParty what the Chinese party's export ledger holds for the year: the volume rules count it with the flow
     */
    public Assessment assess(Need need, Participant seeker, Participant partner, LocalDate on, Regime regime, SentThisYear sentByChineseParty) {
        boolean seekerExports = need.direction() == Direction.BOTH || need.direction().from() == seeker.jurisdiction();
        Flow flow = need.flow().after(sentByChineseParty);
        return seekerExports ? engine.assess(flow, seeker, partner, on, regime) : engine.assess(flow, partner, seeker, on, regime);
    }

    /** What each organisation's export ledger holds for this year in China, for the volume rules. */
    public Map<Long, SentThisYear> sentThisYear(java.util.Collection<Long> organizationIds) {
        return ledger.sentBefore(organizationIds, ledger.today());
    }

    /** The jurisdiction across the border from the seeker, along the need's direction. */
    public static Jurisdiction partnerSide(Need need, Jurisdiction seeker) {
        Direction way = need.direction().oneWay().get(0);
        return way.from() == seeker ? way.to() : way.from();
    }

    private static Participant participant(Organization organization, Map<Long, ComplianceProfile> profiles) {
        return Participant.of(organization, profiles.getOrDefault(organization.id(), ComplianceProfile.empty(organization.id())));
    }

    private static void requireStaff(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowed("Only park staff re-run matching for many needs at once");
        }
    }
}
