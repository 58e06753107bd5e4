package dev.bridgehead.marketplace.negativelist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A list version as staff send it (the same shape the API reads back); codes still strings so that
 * each bad one is a field error of its own. With only {@code enabled} given, it switches the list.
 *
 * @param enabled true or false (anything else is refused, not read as false); absent keeps the switch as it is
 * @param version the list's version the sender read; required to change a list that exists, and a stale one is refused
 */
@Serdeable
public record ListInput(
        @Nullable String code,
        @Nullable String name,
        @Nullable String nameZh,
        @Nullable String area,
        @Nullable String source,
        @Nullable String effectiveFrom,
        @Nullable Object enabled,
        @Nullable Integer publishedItemCount,
        @Nullable List<ScenarioInput> scenarios,
        @Nullable List<ItemInput> items,
        @Nullable String note,
        @Nullable Integer version) {

    @Serdeable
    public record ScenarioInput(@Nullable String code, @Nullable String sector, @Nullable String name, @Nullable String nameZh,
                                @Nullable String source) {
    }

    @Serdeable
    public record ItemInput(@Nullable String id, @Nullable String scenario, @Nullable String name, @Nullable String nameZh,
                            @Nullable String kind, @Nullable String mechanism, @Nullable Long fromSubjects, @Nullable String source) {
    }

    /** Whether the input only switches the list on or off. */
    boolean onlySwitches() {
        return enabled != null && name == null && nameZh == null && area == null && source == null && effectiveFrom == null
                && publishedItemCount == null && scenarios == null && items == null;
    }

    /** The same input read at this version, unless it names one itself. */
    public ListInput atVersion(@Nullable Integer read) {
        return version != null || read == null ? this
                : new ListInput(code, name, nameZh, area, source, effectiveFrom, enabled, publishedItemCount, scenarios, items, note, read);
    }

    /** The same input with the list's facts it leaves out (name, area, source, day, published count) taken from the current version. */
    public ListInput withFactsOf(@Nullable dev.bridgehead.marketplace.compliance.NegativeList current) {
        if (current == null) {
            return this;
        }
        return new ListInput(code, or(name, current.name()), or(nameZh, current.nameZh()), or(area, current.area().name()), or(source, current.source()),
                or(effectiveFrom, current.effectiveFrom().toString()), enabled,
                publishedItemCount != null ? publishedItemCount : current.publishedItemCount(), scenarios, items, note, version);
    }

    private static String or(String given, String current) {
        return given == null || given.isBlank() ? current : given;
    }
}
