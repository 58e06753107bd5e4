package dev.bridgehead.marketplace.curation;

import dev.bridgehead.marketplace.compliance.Assessment;
import dev.bridgehead.marketplace.compliance.ComplianceEngine;
import dev.bridgehead.marketplace.compliance.Participant;
import dev.bridgehead.marketplace.compliance.Regime;
import dev.bridgehead.marketplace.compliance.SentThisYear;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.matching.MatchDetails;
import dev.bridgehead.marketplace.matching.MatchRepository;
import dev.bridgehead.marketplace.matching.MatchStatus;
import dev.bridgehead.marketplace.matching.MatchingService;
import dev.bridgehead.marketplace.matching.VerdictChange;
import dev.bridgehead.marketplace.matching.VerdictListener;
import dev.bridgehead.marketplace.need.Need;
import dev.bridgehead.marketplace.need.NeedRepository;
import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.ComplianceProfileRepository;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.organization.OrganizationRepository;
import dev.bridgehead.marketplace.negativelist.NegativeLists;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Assesses an organisation's open matches again after its checked facts changed (evidence
 * verified, rejected, expired or revoked): each verdict is recomputed on today's facts with the
 * current rule book and stored with the rule book's version; a verdict that changes goes to
 * {@link VerdictListener} (the match's history, both inboxes, the audit log). Curation is untouched.
 */
@Singleton
public class Reassessment {

    /** The states in which a verdict still matters to someone. */
    static final List<String> OPEN = List.of(MatchStatus.SUGGESTED.name(), MatchStatus.APPROVED.name(), MatchStatus.INTRODUCED.name(),
            MatchStatus.IN_TALKS.name());

    private final MatchRepository matches;
    private final NeedRepository needs;
    private final OrganizationRepository organizations;
    private final ComplianceProfileRepository profiles;
    private final MatchingService matching;
    private final ComplianceEngine engine;
    private final NegativeLists lists;
    private final VerdictListener history;
    private final Clock clock;

    Reassessment(MatchRepository matches, NeedRepository needs, OrganizationRepository organizations, ComplianceProfileRepository profiles,
                 MatchingService matching, ComplianceEngine engine, NegativeLists lists, VerdictListener history, Clock clock) {
        this.matches = matches;
        this.needs = needs;
        this.organizations = organizations;
        this.profiles = profiles;
        this.matching = matching;
        this.engine = engine;
        this.lists = lists;
        this.history = history;
        this.clock = clock;
    }

    /** Re-assesses the organisation's open matches in the caller's transaction; returns how many verdicts changed. */
    public int reassess(Long organizationId) {
        List<Match> open = matches.ofOrganizationIn(organizationId, OPEN);
        if (open.isEmpty()) {
            return 0;
        }
        Map<Long, Need> needById = needs.findByIdIn(open.stream().map(Match::needId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Need::id, Function.identity()));
        Set<Long> parties = new HashSet<>();
        open.forEach(match -> {
            parties.add(match.needOrganizationId());
            parties.add(match.listingOrganizationId());
        });
        Map<Long, Organization> organizationById = organizations.findByIdIn(parties).stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
        Map<Long, ComplianceProfile> profileById = new HashMap<>();
        profiles.findByOrganizationIdIn(parties).forEach(profile -> profileById.put(profile.organizationId(), profile));
        LocalDate today = LocalDate.now(clock);
        Regime regime = lists.regime();
        Map<Long, SentThisYear> sent = matching.sentThisYear(parties);
        Instant now = clock.instant();
        String bookVersion = engine.ruleBook().version();

        List<Match> changed = new ArrayList<>();
        List<VerdictChange> verdicts = new ArrayList<>();
        for (Match match : open) {
            Need need = needById.get(match.needId());
            if (need == null) {
                continue;
            }
            Long chineseParty = organizationById.get(match.needOrganizationId()).jurisdiction() == dev.bridgehead.marketplace.organization.Jurisdiction.CN
                    ? match.needOrganizationId() : match.listingOrganizationId();
            Assessment assessment = matching.assess(need, participant(organizationById, profileById, match.needOrganizationId()),
                    participant(organizationById, profileById, match.listingOrganizationId()), today, regime,
                    sent.getOrDefault(chineseParty, SentThisYear.NOTHING));
            List<MatchDetails.Step> newSteps = assessment.steps().stream().map(MatchDetails.Step::of).toList();
            List<MatchDetails.RuleUse> newRules = assessment.rules().stream().map(MatchDetails.RuleUse::of).toList();
            if (assessment.verdict() == match.verdict() && newSteps.equals(match.steps()) && newRules.equals(match.rules())
                    && bookVersion.equals(match.ruleBookVersion())) {
                continue;
            }
            Match after = match.reassessed(assessment.verdict(), newSteps, newRules, now, bookVersion);
            changed.add(after);
            if (assessment.verdict() != match.verdict()) {
                verdicts.add(new VerdictChange(match, after));
            }
        }
        if (!changed.isEmpty()) {
            matches.updateAll(changed);
        }
        if (!verdicts.isEmpty()) {
            history.verdictsChanged(verdicts);
        }
        return verdicts.size();
    }

    private static Participant participant(Map<Long, Organization> organizations, Map<Long, ComplianceProfile> profiles, Long id) {
        Organization organization = organizations.get(id);
        return Participant.of(organization, profiles.getOrDefault(id, ComplianceProfile.empty(id)));
    }
}
