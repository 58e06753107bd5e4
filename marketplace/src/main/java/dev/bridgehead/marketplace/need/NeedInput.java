package dev.bridgehead.marketplace.need;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A need as typed; codes and ids still strings so that each bad one is a field error of its own. */
@Serdeable
public record NeedInput(
        @Nullable String title,
        @Nullable String description,
        @Nullable List<String> sectors,
        @Nullable List<String> dataCategories,
        @Nullable String direction,
        @Nullable Long personalInfoSubjects,
        @Nullable Long sensitiveSubjects,
        @Nullable List<String> requiredCertifications,
        @Nullable String exemptionGround,
        @Nullable Boolean onGeneralList,
        @Nullable List<String> tags,
        @Nullable List<String> scenarioIds,
        @Nullable Integer version) {
}
