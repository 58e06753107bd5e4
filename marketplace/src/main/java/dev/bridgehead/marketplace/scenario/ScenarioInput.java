package dev.bridgehead.marketplace.scenario;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** A scenario as typed by staff. */
@Serdeable
public record ScenarioInput(
        @Nullable String title,
        @Nullable String titleZh,
        @Nullable String description,
        @Nullable String descriptionZh,
        @Nullable List<String> sectors,
        @Nullable String direction,
        @Nullable List<String> dataCategories,
        @Nullable Map<String, String> roles,
        @Nullable String compliancePath,
        @Nullable Integer version) {
}
