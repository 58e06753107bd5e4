package dev.bridgehead.marketplace.matching;

import dev.bridgehead.marketplace.need.Need;
import dev.bridgehead.marketplace.organization.Jurisdiction;
import java.util.List;

/**
 * Where candidates come from: the search engine, by relevance of text, sectors, tags, scenarios and
 * categories, in both languages. Implemented by the search module; the rules stay here.
 */
public interface CandidateSource {

    /**
     * Published listings of organisations in {@code partnerSide} that support every direction of the
     * need, best first, at most {@code limit}; the same index state gives the same list.
     */
    List<Candidate> candidates(Need need, Jurisdiction partnerSide, int limit);
}
