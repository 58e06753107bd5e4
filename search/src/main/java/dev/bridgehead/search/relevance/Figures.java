package dev.bridgehead.search.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a way of searching and matching earns on the relevance set, over the first {@link #K} results:
 * the mean reciprocal rank of the right answer of cross-language searches, the mean nDCG of
 * same-language and cross-language searches and of matching, and the cases that fell short.
 */
public record Figures(double crossLanguageMrr, double sameLanguageNdcg, double crossLanguageNdcg, double matchingNdcg, int searches,
                      int needs, List<String> misses, double crossLanguageFound) {

    public static final int K = 10;

    /**
     * The figures of the searches and needs of {@code set}, ranked by {@code search} and {@code match}
     * as listing keys (a listing outside the set as any other key or null: it counts as not relevant).
     */
    public static Figures of(RelevanceSet set, Function<RelevanceSet.SearchCase, List<String>> search,
                             Function<RelevanceSet.NeedCase, List<String>> match) {
        double mrr = 0;
        double same = 0;
        double cross = 0;
        int crossCount = 0;
        int found = 0;
        int sameCount = 0;
        List<String> misses = new ArrayList<>();
        for (RelevanceSet.SearchCase query : set.searches()) {
            List<String> ranked = search.apply(query);
            double ndcg = ndcg(ranked, query.relevant(), K);
            if (query.crossLanguage()) {
                double rr = reciprocalRank(ranked, query.relevant(), K);
                mrr += rr;
                found += rr > 0 ? 1 : 0;
                cross += ndcg;
                crossCount++;
                if (rr < 1) {
                    misses.add(String.format(java.util.Locale.ROOT, "search \"%s\": answer at %s; first %s", query.query(),
                            rr == 0 ? "none" : "rank " + Math.round(1 / rr), first(ranked)));
                }
            } else {
                same += ndcg;
                sameCount++;
                if (ndcg < 0.7) {
                    misses.add(String.format(java.util.Locale.ROOT, "search \"%s\": nDCG@10 %.2f; first %s", query.query(), ndcg, first(ranked)));
                }
            }
        }
        double matching = 0;
        for (RelevanceSet.NeedCase need : set.needs()) {
            List<String> ranked = match.apply(need);
            double ndcg = ndcg(ranked, need.relevant(), K);
            matching += ndcg;
            if (ndcg < 0.7) {
                misses.add(String.format(java.util.Locale.ROOT, "need \"%s\": nDCG@10 %.2f; first %s", need.title(), ndcg, first(ranked)));
            }
        }
        return new Figures(mean(mrr, crossCount), mean(same, sameCount), mean(cross, crossCount), mean(matching, set.needs().size()),
                set.searches().size(), set.needs().size(), List.copyOf(misses), mean(found, crossCount));
    }

    private static List<String> first(List<String> ranked) {
        return ranked.subList(0, Math.min(3, ranked.size()));
    }

    private static double mean(double sum, int count) {
        return count == 0 ? 0 : sum / count;
    }

    /** 1/rank of the first grade-3 answer within the first {@code k}; 0 when it is not there. */
    static double reciprocalRank(List<String> ranked, Map<String, Integer> grades, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) >= 3) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** Normalised discounted cumulative gain over the first {@code k}, with gains 2^grade − 1. */
    static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            Integer grade = ranked.get(i) == null ? null : grades.get(ranked.get(i));
            dcg += gain(grade == null ? 0 : grade, i);
        }
        List<Integer> ideal = grades.values().stream().sorted(java.util.Comparator.reverseOrder()).limit(k).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i), i);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double gain(int grade, int position) {
        return (Math.pow(2, grade) - 1) / (Math.log(position + 2) / Math.log(2));
    }
}
