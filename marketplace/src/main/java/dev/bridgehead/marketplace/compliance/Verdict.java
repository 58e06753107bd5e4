package dev.bridgehead.marketplace.compliance;

/** The outcome of the rules for one flow, from the most to the least permissive. Codes are part of the API. */
public enum Verdict {
    /** Lawful with what both parties have. */
    CLEAR,
    /** Lawful once the named steps are taken. */
    NEEDS_STEPS,
    /** Not lawful; never suggested as a match. */
    BLOCKED;

    public Verdict stricter(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
