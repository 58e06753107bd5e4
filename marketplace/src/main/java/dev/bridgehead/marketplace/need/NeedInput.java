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
        @Nullable Integer version,
        @Nullable String listScenario,
        @Nullable List<String> listedItems) {

    @io.micronaut.core.annotation.Creator
    public NeedInput {
    }

    /** A need that names no negative-list scenario (absent: a cooperation scenario may name one). */
    public NeedInput(String title, String description, List<String> sectors, List<String> dataCategories, String direction,
                     Long personalInfoSubjects, Long sensitiveSubjects, List<String> requiredCertifications, String exemptionGround,
                     Boolean onGeneralList, List<String> tags, List<String> scenarioIds, Integer version) {
        this(title, description, sectors, dataCategories, direction, personalInfoSubjects, sensitiveSubjects, requiredCertifications,
                exemptionGround, onGeneralList, tags, scenarioIds, version, null, null);
    }
}
