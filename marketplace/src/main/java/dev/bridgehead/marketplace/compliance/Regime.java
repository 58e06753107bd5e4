package dev.bridgehead.marketplace.compliance;

import java.util.List;

/**
 * What the park has switched on that verdicts depend on, besides the rule book: the Lingang general
 * data list (rule CN-3) and the negative lists with their current versions (rule NL-1). The engine
 * decides for each flow which of the lists apply on the day.
 */
public record Regime(boolean generalListEnabled, List<NegativeList> negativeLists) {

    /** No negative list at all, the general data list as given: the regime before 2025. */
    public static Regime withoutLists(boolean generalListEnabled) {
        return new Regime(generalListEnabled, List.of());
    }

    public Regime {
        negativeLists = List.copyOf(negativeLists);
    }
}
