package dev.bridgehead.marketplace.matching;

import java.util.List;

/**
 * A listing the search engine proposes for a need.
 *
 * @param relevance    the engine's score: only comparable between candidates of one need
 * @param matchedTerms words of the need found in the listing, as the engine highlighted them
 */
public record Candidate(Long listingId, double relevance, List<String> matchedTerms) {
}
