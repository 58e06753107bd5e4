package dev.bridgehead.marketplace.negativelist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Two versions of a list, item by item: each scenario and item that one version has and the other
 * has not, or that both have with different values (the fields that differ, with both values).
 */
@Serdeable
public record ListComparison(String code, int from, int to, List<FieldChange> list, List<Difference> scenarios, List<Difference> items) {

    /** ADDED, REMOVED or CHANGED, from {@code from} to {@code to}. */
    @Serdeable
    public record Difference(String id, String change, @Nullable String name, @Nullable String nameZh, List<FieldChange> fields) {
    }

    @Serdeable
    public record FieldChange(String field, @Nullable String before, @Nullable String after) {
    }

    public boolean same() {
        return list.isEmpty() && scenarios.isEmpty() && items.isEmpty();
    }
}
