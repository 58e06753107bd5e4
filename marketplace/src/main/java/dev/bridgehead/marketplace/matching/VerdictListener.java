package dev.bridgehead.marketplace.matching;

import java.util.List;

/**
 * Told of every stored verdict that changes, however it changed (a need matched again, an
 * organisation's facts re-assessed), in the transaction that stores it; curation writes the
 * history and tells the parties.
 */
public interface VerdictListener {

    void verdictsChanged(List<VerdictChange> changes);
}
