package dev.bridgehead.marketplace.testing;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.compliance.Direction;
import dev.bridgehead.marketplace.compliance.Verdict;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.matching.MatchDetails;
import dev.bridgehead.marketplace.matching.MatchRepository;
import dev.bridgehead.marketplace.matching.MatchStatus;
import dev.bridgehead.marketplace.need.NeedInput;
import dev.bridgehead.marketplace.need.NeedService;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * Suggestions for tests of curation: a need of the seeker, a published listing of the provider, and
 * their pairing stored as matching would store it, without running matching (tests that start the
 * application turn its refresher off, or it would replace the pairing with what Elasticsearch finds).
 */
@Singleton
public class SuggestionFixture {

    private final MarketplaceFixture fixture;
    private final NeedService needs;
    private final MatchRepository matches;

    public SuggestionFixture(MarketplaceFixture fixture, NeedService needs, MatchRepository matches) {
        this.fixture = fixture;
        this.needs = needs;
        this.matches = matches;
    }

    public Match suggestion(Actor seeker, Actor provider, String needTitle, List<String> sectors, String direction, Verdict verdict, double score) {
        Long need = needs.create(seeker, new NeedInput(needTitle, null, sectors, List.of("GENERAL"), direction, 0L, 0L, List.of(), null, false, List.of(),
                List.of(), null)).id();
        Long listing = fixture.published(provider, "Offer for " + needTitle).id();
        return matches.save(new Match(null, need, listing, seeker.organizationId(), provider.organizationId(), score, verdict, List.of(),
                List.of(new MatchDetails.Reason("SECTORS", sectors)), List.of(new MatchDetails.RuleUse("SG-1", Direction.SG_TO_CN, null, null, null)),
                MatchStatus.SUGGESTED, null, Instant.now(), null, null, null, null));
    }
}
