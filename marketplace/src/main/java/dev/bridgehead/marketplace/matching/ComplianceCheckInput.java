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
        @Nullable Boolean importerProcessorOnly,
        @Nullable String listScenario,
        @Nullable List<String> listedItems) {

    @io.micronaut.core.annotation.Creator
    public ComplianceCheckInput {
    }

    /** A check that names no negative-list scenario. */
    public ComplianceCheckInput(String exporterId, String importerId, String direction, List<String> dataCategories, Long personalInfoSubjects,
                                Long sensitiveSubjects, String exemptionGround, Boolean onGeneralList, Boolean importerProcessorOnly) {
        this(exporterId, importerId, direction, dataCategories, personalInfoSubjects, sensitiveSubjects, exemptionGround, onGeneralList,
                importerProcessorOnly, null, null);
    }
}
