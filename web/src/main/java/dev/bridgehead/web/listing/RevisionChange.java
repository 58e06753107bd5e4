package dev.bridgehead.web.listing;

import dev.bridgehead.marketplace.listing.ListingRevision;
import dev.bridgehead.web.page.PageContext;
import java.util.List;

/**
 * One field a revision changes, as a page shows it: its label and its value in the live version and
 * in the revision, codes in the page's language.
 */
public record RevisionChange(String field, String label, String before, String after) {

    /** The fields {@code proposed} changes in {@code live}, in the form's order. */
    public static List<RevisionChange> between(PageContext context, ListingRevision live, ListingRevision proposed) {
        return ListingRevision.differences(live, proposed).keySet().stream()
                .map(field -> new RevisionChange(field, context.t("listing." + (field.equals("scenarioIds") ? "scenarios" : field)),
                        shown(context, field, live), shown(context, field, proposed)))
                .toList();
    }

    private static String shown(PageContext context, String field, ListingRevision r) {
        return switch (field) {
            case "type" -> context.code("listingType", r.type());
            case "title" -> r.title();
            case "titleZh" -> orEmpty(r.titleZh());
            case "summary" -> orEmpty(r.summary());
            case "description" -> orEmpty(r.description());
            case "descriptionZh" -> orEmpty(r.descriptionZh());
            case "sectors" -> codes(context, "sector", r.sectors());
            case "dataCategories" -> codes(context, "dataCategory", r.dataCategories());
            case "directions" -> codes(context, "direction", r.directions());
            case "deliveryModes" -> codes(context, "deliveryMode", r.deliveryModes());
            case "tags" -> String.join(", ", r.tags());
            case "scenarioIds" -> String.join(", ", r.scenarioIds().stream().map(id -> "#" + id).toList());
            case "priceModel" -> context.code("priceModel", r.priceModel());
            default -> throw new IllegalArgumentException("Not a listing field: " + field);
        };
    }

    private static String codes(PageContext context, String kind, List<? extends Enum<?>> codes) {
        return String.join(", ", codes.stream().map(code -> context.code(kind, code)).toList());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
