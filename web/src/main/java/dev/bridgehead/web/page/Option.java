package dev.bridgehead.web.page;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * One choice of a select or a checkbox group: a code, its label in the page's language, and
 * whether it is chosen.
 */
public record Option(String value, String label, boolean selected) {

    /** Every constant of a code list, labelled through {@code kind.CODE} messages. */
    public static <E extends Enum<E>> List<Option> of(Class<E> codes, String kind, PageContext context, Collection<String> chosen) {
        return Arrays.stream(codes.getEnumConstants())
                .map(code -> new Option(code.name(), context.code(kind, code.name()), chosen != null && chosen.contains(code.name())))
                .toList();
    }

    public static <E extends Enum<E>> List<Option> of(Class<E> codes, String kind, PageContext context, String chosen) {
        return of(codes, kind, context, chosen == null ? List.of() : List.of(chosen));
    }
}
