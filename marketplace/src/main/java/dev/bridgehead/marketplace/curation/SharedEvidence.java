package dev.bridgehead.marketplace.curation;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.matching.MatchStatus;
import dev.bridgehead.marketplace.matching.MatchingService;
import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.ComplianceProfileRepository;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Once staff have introduced a match, each party may see the other's compliance profile (which
 * mechanisms park staff verified) and download its evidence documents; staff see both; no one else.
 */
@Singleton
public class SharedEvidence {

    /** The states in which the two parties know each other. */
    public static final Set<MatchStatus> INTRODUCED = EnumSet.of(MatchStatus.INTRODUCED, MatchStatus.IN_TALKS, MatchStatus.AGREED);

    private final MatchingService matching;
    private final ComplianceProfileRepository profiles;

    SharedEvidence(MatchingService matching, ComplianceProfileRepository profiles) {
        this.matching = matching;
        this.profiles = profiles;
    }

    /** The profiles the actor may see through this match, by organisation: the other party's, or both for staff; none before the introduction. */
    public Map<Long, ComplianceProfile> visibleTo(Actor actor, Long matchId) {
        Match match = matching.get(actor, matchId);
        Map<Long, ComplianceProfile> visible = new LinkedHashMap<>();
        if (!INTRODUCED.contains(match.status())) {
            return visible;
        }
        for (Long party : java.util.List.of(match.needOrganizationId(), match.listingOrganizationId())) {
            if (actor.isStaff() || !actor.isMemberOf(party)) {
                visible.put(party, profiles.findById(party).orElseGet(() -> ComplianceProfile.empty(party)));
            }
        }
        return visible;
    }
}
