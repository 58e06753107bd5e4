package dev.bridgehead.marketplace.matching;

import dev.bridgehead.marketplace.compliance.Assessment;
import dev.bridgehead.marketplace.compliance.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns evaluated candidates into a need's suggestions: what misses a hard requirement becomes a
 * near miss, a {@link Verdict#BLOCKED} pair is dropped, and the rest rank by relevance weighted by
 * how easy the lawful path is, so at similar relevance a CLEAR partner comes before one that needs
 * steps, and one needing a months-long security assessment comes last. Pure: same input, same order.
 */
final class Shortlist {

    static final double NEEDS_STEPS_WEIGHT = 0.85;
    static final double SLOW_STEP_WEIGHT = 0.7;

    private Shortlist() {
    }

    /**
     * @param missing    hard requirements the partner does not meet; empty when it meets them all
     * @param assessment the compliance verdict of the pair; null when it misses a requirement
     */
    record Evaluated(Candidate candidate, Long organizationId, List<MatchDetails.Missing> missing, Assessment assessment,
                     List<MatchDetails.Reason> reasons) {
    }

    record Suggestion(Evaluated evaluated, double score) {
    }

    record Result(List<Suggestion> items, List<MatchDetails.NearMiss> nearMisses, int blocked) {
    }

    static Result of(List<Evaluated> evaluated, int maxItems, int maxNearMisses) {
        double best = evaluated.stream().mapToDouble(e -> e.candidate().relevance()).max().orElse(0);
        List<Suggestion> items = new ArrayList<>();
        List<Evaluated> misses = new ArrayList<>();
        int blocked = 0;
        for (Evaluated e : evaluated) {
            if (!e.missing().isEmpty()) {
                misses.add(e);
            } else if (e.assessment().verdict() == Verdict.BLOCKED) {
                blocked++;
            } else {
                items.add(new Suggestion(e, score(e, best)));
            }
        }
        items.sort(Comparator.comparingDouble(Suggestion::score).reversed()
                .thenComparing(s -> s.evaluated().candidate().listingId()));
        misses.sort(Comparator.comparingDouble((Evaluated e) -> e.candidate().relevance()).reversed()
                .thenComparing(e -> e.candidate().listingId()));
        List<MatchDetails.NearMiss> nearMisses = misses.stream().limit(maxNearMisses)
                .map(e -> new MatchDetails.NearMiss(e.candidate().listingId(), e.organizationId(), e.missing())).toList();
        return new Result(List.copyOf(items.subList(0, Math.min(maxItems, items.size()))), nearMisses, blocked);
    }

    /**
     * 0-100: relevance relative to the need's best candidate (square-rooted, so a long tail of
     * partial matches stays distinguishable), weighted by the compliance path.
     */
    static double score(Evaluated e, double best) {
        double relevance = best > 0 ? Math.sqrt(e.candidate().relevance() / best) : 1;
        double weight = switch (e.assessment().verdict()) {
            case CLEAR -> 1;
            case NEEDS_STEPS -> e.assessment().hasSlowStep() ? SLOW_STEP_WEIGHT : NEEDS_STEPS_WEIGHT;
            case BLOCKED -> 0;
        };
        return Math.round(1000 * relevance * weight) / 10.0;
    }
}
