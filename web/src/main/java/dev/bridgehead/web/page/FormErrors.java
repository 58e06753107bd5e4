package dev.bridgehead.web.page;

import dev.bridgehead.marketplace.failure.FieldError;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.web.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A refused form's errors, by the form's own field names, in the page's language: shown next to
 * each field and summarised at the top.
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(Map.of());

    private final Map<String, String> byField;

    private FormErrors(Map<String, String> byField) {
        this.byField = byField;
    }

    public static FormErrors none() {
        return NONE;
    }

    /** Translates each error's code; {@code fieldName} maps the service's field ({@code organization.name}) to the form's ({@code name}). */
    public static FormErrors of(InvalidInput refused, Messages messages, UnaryOperator<String> fieldName) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : refused.errors()) {
            String field = fieldName.apply(error.field());
            String translated = messages.get("form.error." + error.code());
            byField.putIfAbsent(field, translated.startsWith("[") ? error.message() : translated);
        }
        return new FormErrors(byField);
    }

    /**
     * The same, for a form whose errors may point inside what was pasted into one field (a CSV row, a
     * JSON item): those keep their location in front of the message, so the author can find them.
     */
    public static FormErrors located(InvalidInput refused, Messages messages, java.util.Set<String> formFields) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : refused.errors()) {
            String translated = messages.get("form.error." + error.code());
            String message = translated.startsWith("[") ? error.message() : translated;
            boolean onTheForm = formFields.contains(error.field());
            byField.putIfAbsent(error.field(), onTheForm ? message : error.field() + ": " + message + " (" + error.message() + ")");
        }
        return new FormErrors(byField);
    }

    /** Someone else saved first: the typed values come back with this message, to be reviewed and saved again. */
    public static FormErrors stale(Messages messages) {
        return new FormErrors(Map.of("version", messages.get("form.stale")));
    }

    /** One message for one field. */
    public static FormErrors single(String field, String message) {
        return new FormErrors(Map.of(field, message));
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field) || byField.keySet().stream().anyMatch(key -> key.startsWith(field + "[") || key.startsWith(field + "."));
    }

    /** The message for a field, or for the first of its elements ({@code sectors[2]}). */
    public String message(String field) {
        String exact = byField.get(field);
        if (exact != null) {
            return exact;
        }
        return byField.entrySet().stream().filter(e -> e.getKey().startsWith(field + "[") || e.getKey().startsWith(field + "."))
                .map(Map.Entry::getValue).findFirst().orElse("");
    }

    /** Every message for the field and its parts ({@code mechanisms[0].code}, {@code mechanisms[0].expiresOn}). */
    public java.util.List<String> messagesUnder(String field) {
        return byField.entrySet().stream().filter(e -> e.getKey().equals(field) || e.getKey().startsWith(field + "[") || e.getKey().startsWith(field + "."))
                .map(Map.Entry::getValue).distinct().toList();
    }

    public Map<String, String> all() {
        return byField;
    }
}
