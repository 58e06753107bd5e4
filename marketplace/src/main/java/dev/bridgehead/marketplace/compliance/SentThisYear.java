package dev.bridgehead.marketplace.compliance;

/**
 * What an exporter's ledger holds for the calendar year (China time) before a flow: the individuals
 * whose personal information, and separately sensitive personal information, it has sent abroad.
 * An upper bound: the same person in two entries counts twice.
 */
public record SentThisYear(long personal, long sensitive) {

    public static final SentThisYear NOTHING = new SentThisYear(0, 0);

    public SentThisYear {
        if (personal < 0 || sensitive < 0) {
            throw new IllegalArgumentException("A ledger cannot hold negative counts");
        }
    }
}
