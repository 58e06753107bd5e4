package dev.bridgehead.marketplace.curation;

import dev.bridgehead.marketplace.compliance.Verdict;
import dev.bridgehead.marketplace.failure.InputCheck;
import dev.bridgehead.marketplace.matching.MatchStatus;
import dev.bridgehead.marketplace.organization.Jurisdiction;
import dev.bridgehead.marketplace.organization.Sector;
import io.micronaut.core.annotation.Nullable;

/**
 * What staff narrow the curation queue to: a status, the need's sector, the verdict, who seeks and
 * who provides, a lowest score, the age of the suggestion, and whether one of the organisations asked
 * for the introduction; and how the queue is ordered. Absent parts do not filter.
 */
public record QueueFilter(@Nullable MatchStatus status, @Nullable Sector sector, @Nullable Verdict verdict, @Nullable Jurisdiction seekerJurisdiction,
                          @Nullable Jurisdiction providerJurisdiction, @Nullable Integer minScore, @Nullable Integer minAgeDays,
                          @Nullable Integer maxAgeDays, @Nullable Boolean requested, QueueSort sort) {

    /** Suggestions older than ten years are not a curation question; the bound keeps the arithmetic sane. */
    static final int MAX_AGE_DAYS = 3_650;

    /** The queue as staff first see it: suggestions, best first. */
    public static QueueFilter suggestions() {
        return new QueueFilter(MatchStatus.SUGGESTED, null, null, null, null, null, null, null, null, QueueSort.SCORE);
    }

    public static QueueFilter ofStatus(@Nullable MatchStatus status) {
        return new QueueFilter(status, null, null, null, null, null, null, null, null, QueueSort.SCORE);
    }

    /**
     * The filter typed into a page or an API call, each part checked: unknown codes and numbers out
     * of range are errors on their own field.
     */
    public static QueueFilter parse(@Nullable String status, @Nullable String sector, @Nullable String verdict, @Nullable String seekerJurisdiction,
                                    @Nullable String providerJurisdiction, @Nullable String minScore, @Nullable String minAgeDays,
                                    @Nullable String maxAgeDays, @Nullable String sort) {
        return parse(status, sector, verdict, seekerJurisdiction, providerJurisdiction, minScore, minAgeDays, maxAgeDays, null, sort);
    }

    /** As {@link #parse(String, String, String, String, String, String, String, String, String)}, with "only those asked for" ({@code true}). */
    public static QueueFilter parse(@Nullable String status, @Nullable String sector, @Nullable String verdict, @Nullable String seekerJurisdiction,
                                    @Nullable String providerJurisdiction, @Nullable String minScore, @Nullable String minAgeDays,
                                    @Nullable String maxAgeDays, @Nullable String requested, @Nullable String sort) {
        InputCheck check = new InputCheck();
        MatchStatus parsedStatus = check.code("status", status, MatchStatus.class);
        Sector parsedSector = check.code("sector", sector, Sector.class);
        Verdict parsedVerdict = check.code("verdict", verdict, Verdict.class);
        Jurisdiction seeker = check.code("seekerJurisdiction", seekerJurisdiction, Jurisdiction.class);
        Jurisdiction provider = check.code("providerJurisdiction", providerJurisdiction, Jurisdiction.class);
        check.that(seeker == null || seeker != provider, "providerJurisdiction", "same-jurisdiction",
                "a match is always across the border: the provider is not in the seeker's jurisdiction");
        Integer score = number(check, "minScore", minScore, 0, 100);
        Integer olderThan = number(check, "minAgeDays", minAgeDays, 0, MAX_AGE_DAYS);
        Integer newerThan = number(check, "maxAgeDays", maxAgeDays, 0, MAX_AGE_DAYS);
        check.that(olderThan == null || newerThan == null || olderThan <= newerThan, "maxAgeDays", "out-of-range",
                "must not be below the lowest age");
        check.that(requested == null || requested.isBlank() || requested.equals("true") || requested.equals("false"), "requested", "unknown-code",
                "must be true or false");
        QueueSort parsedSort = sort == null || sort.isBlank() ? QueueSort.SCORE : check.code("sort", sort.toUpperCase(java.util.Locale.ROOT), QueueSort.class);
        check.throwIfInvalid();
        return new QueueFilter(parsedStatus, parsedSector, parsedVerdict, seeker, provider, score,
                olderThan, newerThan, "true".equals(requested) ? Boolean.TRUE : null, parsedSort);
    }

    private static Integer number(InputCheck check, String field, @Nullable String typed, int min, int max) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(typed.strip());
            check.that(value >= min && value <= max, field, "out-of-range", "must be a whole number from " + min + " to " + max);
            return value;
        } catch (NumberFormatException e) {
            check.add(field, "not-a-number", "must be a whole number from " + min + " to " + max);
            return null;
        }
    }

    /** How the queue is ordered: best score first, the longest waiting first, or the newest first. */
    public enum QueueSort {
        SCORE, OLDEST, NEWEST
    }
}
