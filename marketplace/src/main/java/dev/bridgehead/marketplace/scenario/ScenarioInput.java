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
        @Nullable Integer version,
        @Nullable String listScenario) {

    @io.micronaut.core.annotation.Creator
    public ScenarioInput {
    }

    /** A scenario that points to no negative-list scenario. */
    public ScenarioInput(String title, String titleZh, String description, String descriptionZh, List<String> sectors, String direction,
                         List<String> dataCategories, Map<String, String> roles, String compliancePath, Integer version) {
        this(title, titleZh, description, descriptionZh, sectors, direction, dataCategories, roles, compliancePath, version, null);
    }
}
