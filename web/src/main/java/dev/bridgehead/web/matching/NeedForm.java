package dev.bridgehead.web.matching;

import dev.bridgehead.marketplace.need.Need;
import dev.bridgehead.marketplace.need.NeedInput;
import dev.bridgehead.web.page.TypedNumbers;
import dev.bridgehead.web.security.CsrfForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Arrays;
import java.util.List;

/** The need form; counts are typed as text so that "12,000" or "abc" come back with a message, tags comma-separated. */
@Serdeable
public record NeedForm(
        @Nullable String csrfToken,
        @Nullable String title,
        @Nullable String description,
        @Nullable List<String> sectors,
        @Nullable List<String> dataCategories,
        @Nullable String direction,
        @Nullable String personalInfoSubjects,
        @Nullable String sensitiveSubjects,
        @Nullable List<String> requiredCertifications,
        @Nullable String exemptionGround,
        @Nullable String onGeneralList,
        @Nullable String tags,
        @Nullable List<String> scenarioIds,
        @Nullable Integer version,
        @Nullable String listScenario,
        @Nullable List<String> listedItems) implements CsrfForm {

    static NeedForm empty() {
        return new NeedForm(null, null, null, List.of(), List.of(), null, "0", "0", List.of(), null, null, null, List.of(), null, null, List.of());
    }

    /** A new need for a cooperation scenario: its sectors, direction, categories and list scenario filled in. */
    static NeedForm forScenario(dev.bridgehead.marketplace.scenario.Scenario s) {
        return new NeedForm(null, null, null, names(s.sectors()), names(s.dataCategories()), s.direction().name(), "0", "0", List.of(), null, null,
                null, List.of(String.valueOf(s.id())), null, s.listScenario(), List.of());
    }

    static NeedForm of(Need n) {
        return new NeedForm(null, n.title(), n.description(), names(n.sectors()), names(n.dataCategories()), n.direction().name(),
                String.valueOf(n.personalInfoSubjects()), String.valueOf(n.sensitiveSubjects()), names(n.requiredCertifications()),
                n.exemptionGround() == null ? null : n.exemptionGround().name(), n.onGeneralList() ? "true" : null, String.join(", ", n.tags()),
                n.scenarioIds().stream().map(String::valueOf).toList(), n.version(), n.listScenario(), n.listedItems());
    }

    NeedForm atVersion(Integer current) {
        return new NeedForm(null, title, description, sectors, dataCategories, direction, personalInfoSubjects, sensitiveSubjects,
                requiredCertifications, exemptionGround, onGeneralList, tags, scenarioIds, current, listScenario, listedItems);
    }

    /** The typed need (see {@link TypedNumbers} for the counts). */
    NeedInput input() {
        List<String> tagList = tags == null ? List.of() : Arrays.stream(tags.split("[,，]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new NeedInput(title, description, orEmpty(sectors), orEmpty(dataCategories), direction, TypedNumbers.count(personalInfoSubjects),
                TypedNumbers.count(sensitiveSubjects), orEmpty(requiredCertifications), exemptionGround == null || exemptionGround.isBlank() ? null : exemptionGround,
                "true".equals(onGeneralList), tagList, orEmpty(scenarioIds), version, listScenario == null ? "" : listScenario, orEmpty(listedItems));
    }

    static String fieldOf(String serviceField) {
        return serviceField.startsWith("tags[") ? "tags" : serviceField;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static List<String> names(List<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).toList();
    }
}
