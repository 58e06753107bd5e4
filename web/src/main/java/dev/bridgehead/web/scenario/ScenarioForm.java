package dev.bridgehead.web.scenario;

import dev.bridgehead.marketplace.scenario.Scenario;
import dev.bridgehead.marketplace.scenario.ScenarioInput;
import dev.bridgehead.web.security.CsrfForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The staff form for a scenario; the two sides' roles are two fields. */
@Serdeable
public record ScenarioForm(
        @Nullable String csrfToken,
        @Nullable String title,
        @Nullable String titleZh,
        @Nullable String description,
        @Nullable String descriptionZh,
        @Nullable List<String> sectors,
        @Nullable String direction,
        @Nullable List<String> dataCategories,
        @Nullable String roleCn,
        @Nullable String roleSg,
        @Nullable String compliancePath,
        @Nullable Integer version,
        @Nullable String listScenario) implements CsrfForm {

    static ScenarioForm empty() {
        return new ScenarioForm(null, null, null, null, null, List.of(), null, List.of(), null, null, null, null, null);
    }

    static ScenarioForm of(Scenario s) {
        return new ScenarioForm(null, s.title(), s.titleZh(), s.description(), s.descriptionZh(), s.sectors().stream().map(Enum::name).toList(),
                s.direction().name(), s.dataCategories().stream().map(Enum::name).toList(), s.roles().get("CN"), s.roles().get("SG"),
                s.compliancePath(), s.version(), s.listScenario());
    }

    ScenarioInput input() {
        Map<String, String> roles = new LinkedHashMap<>();
        if (roleCn != null && !roleCn.isBlank()) {
            roles.put("CN", roleCn);
        }
        if (roleSg != null && !roleSg.isBlank()) {
            roles.put("SG", roleSg);
        }
        return new ScenarioInput(title, titleZh, description, descriptionZh, sectors == null ? List.of() : sectors, direction,
                dataCategories == null ? List.of() : dataCategories, roles, compliancePath, version, listScenario == null ? "" : listScenario);
    }

    static String fieldOf(String serviceField) {
        return switch (serviceField) {
            case "roles.CN" -> "roleCn";
            case "roles.SG" -> "roleSg";
            default -> serviceField;
        };
    }
}
