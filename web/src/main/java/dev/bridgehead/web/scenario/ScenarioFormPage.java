package dev.bridgehead.web.scenario;

import dev.bridgehead.marketplace.compliance.DataCategory;
import dev.bridgehead.marketplace.compliance.Direction;
import dev.bridgehead.marketplace.organization.Sector;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.Option;
import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** The staff form for a new or existing scenario. */
public record ScenarioFormPage(PageContext context, @Nullable Long scenarioId, ScenarioForm form, FormErrors errors,
                               List<dev.bridgehead.marketplace.compliance.NegativeList> lists) {

    /** Every scenario of every list, named with its list: a cooperation scenario may fall under one. */
    public List<Option> listScenarios() {
        return lists.stream().flatMap(list -> list.scenarios().stream().map(s -> new Option(s.code(),
                context.inLanguage(list.name(), list.nameZh()) + " — " + context.inLanguage(s.name(), s.nameZh()), s.code().equals(form.listScenario()))))
                .toList();
    }

    public String action() {
        return scenarioId == null ? "/staff/scenarios" : "/staff/scenarios/" + scenarioId;
    }

    public List<Option> sectors() {
        return Option.of(Sector.class, "sector", context, form.sectors());
    }

    public List<Option> directions() {
        return Option.of(Direction.class, "direction", context, form.direction());
    }

    public List<Option> categories() {
        return Option.of(DataCategory.class, "dataCategory", context, form.dataCategories());
    }
}
