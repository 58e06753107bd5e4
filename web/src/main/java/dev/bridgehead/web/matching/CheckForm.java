package dev.bridgehead.web.matching;

import dev.bridgehead.marketplace.matching.ComplianceCheckInput;
import dev.bridgehead.web.page.TypedNumbers;
import dev.bridgehead.web.security.CsrfForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The compliance check form: two organisations and the flow between them. */
@Serdeable
public record CheckForm(
        @Nullable String csrfToken,
        @Nullable String exporterId,
        @Nullable String importerId,
        @Nullable String direction,
        @Nullable List<String> dataCategories,
        @Nullable String personalInfoSubjects,
        @Nullable String sensitiveSubjects,
        @Nullable String exemptionGround,
        @Nullable String onGeneralList,
        @Nullable String importerProcessorOnly,
        @Nullable String listScenario,
        @Nullable List<String> listedItems) implements CsrfForm {

    static CheckForm empty(Long ownOrganization) {
        return new CheckForm(null, ownOrganization == null ? null : ownOrganization.toString(), null, null, List.of("PERSONAL"), "0", "0", null,
                null, null, null, List.of());
    }

    ComplianceCheckInput input() {
        return new ComplianceCheckInput(exporterId, importerId, direction, dataCategories == null ? List.of() : dataCategories,
                TypedNumbers.count(personalInfoSubjects), TypedNumbers.count(sensitiveSubjects),
                exemptionGround == null || exemptionGround.isBlank() ? null : exemptionGround, "true".equals(onGeneralList),
                "true".equals(importerProcessorOnly), listScenario == null || listScenario.isBlank() ? null : listScenario,
                listedItems == null ? List.of() : listedItems);
    }
}
