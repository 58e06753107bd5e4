package dev.bridgehead.web.matching;

import dev.bridgehead.marketplace.compliance.Certification;
import dev.bridgehead.marketplace.compliance.DataCategory;
import dev.bridgehead.marketplace.compliance.Direction;
import dev.bridgehead.marketplace.compliance.ExemptionGround;
import dev.bridgehead.marketplace.organization.Sector;
import dev.bridgehead.marketplace.scenario.Scenario;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.Option;
import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A new or existing need's form.
 *
 * @param needId null for a new need
 */
public record NeedFormPage(PageContext context, @Nullable Long needId, NeedForm form, FormErrors errors, List<Scenario> scenarios, ListPicker lists) {

    public String action() {
        return needId == null ? "/my/needs" : "/my/needs/" + needId;
    }

    public List<Option> sectors() {
        return Option.of(Sector.class, "sector", context, form.sectors());
    }

    public List<Option> categories() {
        return Option.of(DataCategory.class, "dataCategory", context, form.dataCategories());
    }

    public List<Option> directions() {
        return Option.of(Direction.class, "direction", context, form.direction());
    }

    public List<Option> certifications() {
        return Option.of(Certification.class, "certification", context, form.requiredCertifications());
    }

    public List<Option> grounds() {
        return Option.of(ExemptionGround.class, "exemptionGround", context, form.exemptionGround());
    }

    public boolean onGeneralList() {
        return "true".equals(form.onGeneralList());
    }

    public List<Option> scenarioOptions() {
        List<String> chosen = form.scenarioIds() == null ? List.of() : form.scenarioIds();
        return scenarios.stream().map(s -> new Option(s.id().toString(), context.inLanguage(s.title(), s.titleZh()),
                chosen.contains(s.id().toString()))).toList();
    }
}
