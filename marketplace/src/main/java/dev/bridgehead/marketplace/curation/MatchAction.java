package dev.bridgehead.marketplace.curation;

import dev.bridgehead.marketplace.matching.MatchStatus;
import java.util.Set;

/** The moves of a match after its suggestion, who may make them, and from where. */
public enum MatchAction {
    APPROVE(MatchStatus.APPROVED, true, Set.of(MatchStatus.SUGGESTED)),
    REJECT(MatchStatus.REJECTED, true, Set.of(MatchStatus.SUGGESTED, MatchStatus.APPROVED)),
    INTRODUCE(MatchStatus.INTRODUCED, true, Set.of(MatchStatus.APPROVED)),
    TALKS(MatchStatus.IN_TALKS, false, Set.of(MatchStatus.INTRODUCED)),
    AGREE(MatchStatus.AGREED, false, Set.of(MatchStatus.INTRODUCED, MatchStatus.IN_TALKS)),
    DECLINE(MatchStatus.DECLINED, false, Set.of(MatchStatus.INTRODUCED, MatchStatus.IN_TALKS));

    private final MatchStatus to;
    private final boolean staffOnly;
    private final Set<MatchStatus> from;

    MatchAction(MatchStatus to, boolean staffOnly, Set<MatchStatus> from) {
        this.to = to;
        this.staffOnly = staffOnly;
        this.from = from;
    }

    public MatchStatus to() {
        return to;
    }

    /** Park staff only; otherwise either organisation of the match may make it too. */
    public boolean staffOnly() {
        return staffOnly;
    }

    public boolean startsFrom(MatchStatus status) {
        return from.contains(status);
    }

    /** The action that leads to {@code status} when a party reports progress. */
    public static MatchAction progressTo(MatchStatus status) {
        return switch (status) {
            case IN_TALKS -> TALKS;
            case AGREED -> AGREE;
            case DECLINED -> DECLINE;
            default -> null;
        };
    }
}
