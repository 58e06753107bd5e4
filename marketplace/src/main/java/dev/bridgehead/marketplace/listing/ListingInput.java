package dev.bridgehead.marketplace.listing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A listing as typed; codes and ids still strings so that each bad one is a field error. */
@Serdeable
public record ListingInput(
        @Nullable String type,
        @Nullable String title,
        @Nullable String titleZh,
        @Nullable String summary,
        @Nullable String description,
        @Nullable String descriptionZh,
        @Nullable List<String> sectors,
        @Nullable List<String> dataCategories,
        @Nullable List<String> directions,
        @Nullable List<String> deliveryModes,
        @Nullable List<String> tags,
        @Nullable List<String> scenarioIds,
        @Nullable String priceModel,
        @Nullable Integer version) {
}
