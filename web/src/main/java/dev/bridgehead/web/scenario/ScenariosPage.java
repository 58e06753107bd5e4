package dev.bridgehead.web.scenario;

import dev.bridgehead.marketplace.scenario.Scenario;
import dev.bridgehead.web.i18n.Language;
import dev.bridgehead.web.page.PageContext;
import java.util.List;

/** The scenarios, against the park's target of 50. */
public record ScenariosPage(PageContext context, List<Scenario> scenarios, long total, int target) {

    public String title(Scenario scenario) {
        return context.language() == Language.ZH && scenario.titleZh() != null ? scenario.titleZh() : scenario.title();
    }

    public String description(Scenario scenario) {
        return context.language() == Language.ZH && scenario.descriptionZh() != null ? scenario.descriptionZh() : scenario.description();
    }
}
