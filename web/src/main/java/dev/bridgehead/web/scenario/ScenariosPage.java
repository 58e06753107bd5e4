package dev.bridgehead.web.scenario;

import dev.bridgehead.marketplace.scenario.Scenario;
import dev.bridgehead.web.page.PageContext;
import java.util.List;

/** The scenarios, against the park's target of 50. */
public record ScenariosPage(PageContext context, List<Scenario> scenarios, long total, int target) {

    public String title(Scenario scenario) {
        return context.inLanguage(scenario.title(), scenario.titleZh());
    }

    public String description(Scenario scenario) {
        return context.inLanguage(scenario.description(), scenario.descriptionZh());
    }
}
