package dev.bridgehead.marketplace.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A proposed flow between two organisations, as typed: ids and codes still strings so each bad one is a field error. */
@Serdeable
public record ComplianceCheckInput(
        @Nullable String exporterId,
        @Nullable String importerId,
        @Nullable String direction,
        @Nullable List<String> dataCategories,
        @Nullable Long personalInfoSubjects,
        @Nullable Long sensitiveSubjects,
        @Nullable String exemptionGround,
        @Nullable Boolean onGeneralList,
        @Nullable Boolean importerProcessorOnly) {
}
