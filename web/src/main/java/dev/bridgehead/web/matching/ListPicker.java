package dev.bridgehead.web.matching;

import dev.bridgehead.marketplace.compliance.NegativeList;
import dev.bridgehead.web.page.Option;
import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The negative-list scenario a flow belongs to and the listed items it carries, as a form offers
 * them: the scenarios of the lists that can apply to the exporter, grouped by list, each with its
 * items as tick boxes, and whether the list in Bridgehead lacks items of the published text.
 */
public record ListPicker(List<Group> groups, @Nullable String chosen) {

    public record Group(String label, List<Choice> scenarios) {
    }

    /** @param incomplete the published list has items Bridgehead does not hold */
    public record Choice(String code, String label, boolean selected, List<Option> items, boolean incomplete) {
    }

    public static ListPicker of(PageContext context, List<NegativeList> lists, @Nullable String scenario, @Nullable List<String> items) {
        List<String> ticked = items == null ? List.of() : items;
        List<Group> groups = lists.stream().filter(list -> !list.scenarios().isEmpty())
                .map(list -> new Group(context.inLanguage(list.name(), list.nameZh()), list.scenarios().stream()
                        .map(s -> new Choice(s.code(), context.inLanguage(s.name(), s.nameZh()), s.code().equals(scenario),
                                list.itemsOf(s.code()).stream().map(item -> new Option(item.id(), context.inLanguage(item.name(), item.nameZh())
                                        + " · " + context.code("mechanism", item.mechanism().name())
                                        + (item.fromSubjects() == null ? "" : " · " + context.t("lists.fromSubjects", String.format("%,d", item.fromSubjects()))),
                                        ticked.contains(item.id()))).toList(),
                                list.publishedItemCount() != null && list.publishedItemCount() > list.items().size()))
                        .toList()))
                .toList();
        return new ListPicker(groups, scenario);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
