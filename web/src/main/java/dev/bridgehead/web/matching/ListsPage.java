package dev.bridgehead.web.matching;

import dev.bridgehead.marketplace.compliance.NegativeList;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.Option;
import dev.bridgehead.web.page.PageContext;
import java.time.LocalDate;
import java.util.List;

/** Every negative list with its scenarios and items, what Bridgehead lacks of the published texts, and staff's import form. */
public record ListsPage(PageContext context, List<NegativeList> lists, LocalDate today, ListsController.ImportForm form, FormErrors errors) {

    public boolean inForce(NegativeList list) {
        return list.enabled() && !today.isBefore(list.effectiveFrom());
    }

    public String name(NegativeList list) {
        return context.inLanguage(list.name(), list.nameZh());
    }

    public String name(NegativeList.Scenario scenario) {
        return context.inLanguage(scenario.name(), scenario.nameZh());
    }

    public String name(NegativeList.Item item) {
        return context.inLanguage(item.name(), item.nameZh());
    }

    /** "84 items in the published text, 0 here", or null when Bridgehead holds them all (or the count is unknown). */
    public String missing(NegativeList list) {
        Integer published = list.publishedItemCount();
        return published == null || published <= list.items().size() ? null
                : context.t("lists.missing", String.valueOf(published), String.valueOf(list.items().size()));
    }

    public String covers(NegativeList list) {
        return list.area().covered().stream()
                .map(area -> context.code("registrationArea", area.name())).collect(java.util.stream.Collectors.joining(context.t("list.separator")));
    }

    public List<Option> areas() {
        return Option.of(NegativeList.Area.class, "listArea", context, form.area());
    }

    public boolean json() {
        return "JSON".equals(form.format());
    }
}
