package dev.bridgehead.search.query;

import dev.bridgehead.marketplace.compliance.Certification;
import dev.bridgehead.marketplace.compliance.DataCategory;
import dev.bridgehead.marketplace.compliance.Direction;
import dev.bridgehead.marketplace.failure.InputCheck;
import dev.bridgehead.marketplace.listing.DeliveryMode;
import dev.bridgehead.marketplace.listing.ListingType;
import dev.bridgehead.marketplace.organization.Jurisdiction;
import dev.bridgehead.marketplace.organization.Sector;
import java.util.List;
import java.util.Map;

/**
 * A checked search: free text plus facet filters (values within a facet are alternatives, facets
 * combine), a sort and a page. Build it with {@link #of}, which refuses bad input field by field.
 */
public record SearchQuery(String text, Map<Facet, List<String>> filters, Sort sort, int page, int size) {

    public static final int MAX_TEXT = 200;
    public static final int MAX_SIZE = 100;
    /** Elasticsearch's default result window: deeper pages are refused, not silently empty. */
    public static final int MAX_WINDOW = 10_000;

    public enum Sort { RELEVANCE, NEWEST }

    /** The facets, each with the API parameter that filters by it and the document field behind it. */
    public enum Facet {
        TYPE("type", "type", ListingType.class),
        JURISDICTION("jurisdiction", "jurisdiction", Jurisdiction.class),
        SECTOR("sector", "sectors", Sector.class),
        CATEGORY("category", "dataCategories", DataCategory.class),
        CERTIFICATION("certification", "certifications", Certification.class),
        DELIVERY("delivery", "deliveryModes", DeliveryMode.class),
        DIRECTION("direction", "directions", Direction.class);

        private final String parameter;
        private final String field;
        private final Class<? extends Enum<?>> codes;

        Facet(String parameter, String field, Class<? extends Enum<?>> codes) {
            this.parameter = parameter;
            this.field = field;
            this.codes = codes;
        }

        public String parameter() {
            return parameter;
        }

        public String field() {
            return field;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        List<String> check(InputCheck check, List<String> values) {
            check.maxItems(parameter, values, codes.getEnumConstants().length);
            return check.codes(parameter, values, (Class) codes).stream().map(code -> ((Enum<?>) code).name()).toList();
        }
    }

    public static SearchQuery of(String text, Map<Facet, List<String>> filters, String sort, Integer page, Integer size) {
        InputCheck check = new InputCheck();
        String cleaned = text == null ? "" : text.strip();
        check.maxLength("q", cleaned, MAX_TEXT);
        Map<Facet, List<String>> checked = new java.util.EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            List<String> codes = facet.check(check, values);
            if (!codes.isEmpty()) {
                checked.put(facet, codes);
            }
        });
        Sort order = Sort.RELEVANCE;
        if (sort != null && !sort.isBlank()) {
            if (sort.equalsIgnoreCase("relevance") || sort.equalsIgnoreCase("newest")) {
                order = Sort.valueOf(sort.strip().toUpperCase(java.util.Locale.ROOT));
            } else {
                check.add("sort", "unknown-code", "must be relevance or newest");
            }
        }
        int pageNumber = page == null ? 1 : page;
        int pageSize = size == null ? 20 : size;
        check.range("size", (long) pageSize, 1, MAX_SIZE);
        check.range("page", (long) pageNumber, 1, MAX_WINDOW);
        check.that(pageNumber < 1 || pageSize < 1 || (long) pageNumber * pageSize <= MAX_WINDOW, "page", "out-of-range",
                "page × size must not exceed " + MAX_WINDOW + ": narrow the search instead");
        check.throwIfInvalid();
        return new SearchQuery(cleaned, checked, order, pageNumber, pageSize);
    }

    public boolean hasText() {
        return !text.isEmpty();
    }
}
