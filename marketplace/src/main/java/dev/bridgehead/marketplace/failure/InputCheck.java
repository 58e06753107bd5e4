package dev.bridgehead.marketplace.failure;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Collects every problem of one input before refusing it, so a form shows all its errors at once.
 * <pre>
 * InputCheck check = new InputCheck();
 * check.required("name", form.name()).maxLength("name", form.name(), 200);
 * check.throwIfInvalid();
 * </pre>
 */
public final class InputCheck {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    /** A bad request never gets a bigger answer than this many errors (and a line saying how many more there were). */
    static final int MAX_ERRORS = 100;

    private final List<FieldError> errors = new ArrayList<>();
    private int suppressed;

    /** The text stripped, or null when there is none. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public InputCheck required(String field, Object value) {
        boolean missing = value == null || (value instanceof String text && text.isBlank())
                || (value instanceof Collection<?> items && items.isEmpty());
        if (missing) {
            add(field, "required", "is required");
        }
        return this;
    }

    public InputCheck maxLength(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            add(field, "too-long", "must be at most " + max + " characters");
        }
        if (value != null && CONTROL.matcher(value).find()) {
            add(field, "control-characters", "must not contain control characters");
        }
        return this;
    }

    /** One line of text (a name): at most {@code max} characters, and no line breaks or tabs either. */
    public InputCheck line(String field, String value, int max) {
        maxLength(field, value, max);
        if (value != null && !CONTROL.matcher(value).find() && value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == '\t')) {
            add(field, "control-characters", "must be one line");
        }
        return this;
    }

    public InputCheck minLength(String field, String value, int min) {
        if (value != null && !value.isEmpty() && value.codePointCount(0, value.length()) < min) {
            add(field, "too-short", "must be at least " + min + " characters");
        }
        return this;
    }

    public InputCheck maxItems(String field, Collection<?> values, int max) {
        if (values != null && values.size() > max) {
            add(field, "too-many", "must have at most " + max + " entries");
        }
        return this;
    }

    public InputCheck range(String field, Long value, long min, long max) {
        if (value != null && (value < min || value > max)) {
            add(field, "out-of-range", "must be between " + min + " and " + max);
        }
        return this;
    }

    public InputCheck email(String field, String value) {
        if (value != null && !value.isBlank() && (value.length() > 254 || !EMAIL.matcher(value).matches())) {
            add(field, "invalid-email", "must be an e-mail address");
        }
        return this;
    }

    public InputCheck webAddress(String field, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || value.length() > 300) {
                add(field, "invalid-url", "must be an http or https address");
            }
        } catch (URISyntaxException e) {
            add(field, "invalid-url", "must be an http or https address");
        }
        return this;
    }

    /** Short labels such as tags: stripped, blanks and repeats dropped, each at most {@code maxLength} long. */
    public List<String> labels(String field, Collection<String> given, int max, int maxLength) {
        List<String> labels = new ArrayList<>();
        List<String> values = given == null ? List.of() : new ArrayList<>(given);
        maxItems(field, values, max);
        for (int i = 0; i < Math.min(values.size(), max); i++) {
            String label = clean(values.get(i));
            maxLength(field + "[" + i + "]", label, maxLength);
            if (label != null && !labels.contains(label)) {
                labels.add(label);
            }
        }
        return labels;
    }

    /**
     * The codes among {@code values} that name a constant of {@code type}. A list longer than the
     * number of codes is refused whole, before any item is looked at; otherwise the first unknown
     * code is the field's one error (at its index), saying how many more there were. The valid codes
     * are in the API documentation, not repeated in every message, so a bad request never gets a
     * large answer.
     */
    public <E extends Enum<E>> List<E> codes(String field, Collection<String> values, Class<E> type) {
        List<E> parsed = new ArrayList<>();
        if (values == null) {
            return parsed;
        }
        int max = type.getEnumConstants().length;
        if (values.size() > max) {
            add(field, "too-many", "must list each code at most once: at most " + max + " codes");
            return parsed;
        }
        int index = 0;
        int firstUnknown = -1;
        int unknown = 0;
        String firstValue = null;
        for (String value : values) {
            E constant = parse(value, type);
            if (constant == null) {
                if (unknown++ == 0) {
                    firstUnknown = index;
                    firstValue = value;
                }
            } else if (!parsed.contains(constant)) {
                parsed.add(constant);
            }
            index++;
        }
        if (unknown > 0) {
            add(field + "[" + firstUnknown + "]", "unknown-code", unknownCode(firstValue)
                    + (unknown > 1 ? " (and " + (unknown - 1) + " more unknown codes in " + field + ")" : ""));
        }
        return parsed;
    }

    private static String unknownCode(String value) {
        return "'" + abbreviate(value) + "' is not a known code (the codes are listed in the API documentation)";
    }

    /** The constant of {@code type} that {@code value} names, or null (with an error unless the value is absent). */
    public <E extends Enum<E>> E code(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        E constant = parse(value, type);
        if (constant == null) {
            add(field, "unknown-code", unknownCode(value));
        }
        return constant;
    }

    private static <E extends Enum<E>> E parse(String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip())) {
                return constant;
            }
        }
        return null;
    }

    private static String abbreviate(String value) {
        return value == null ? "null" : value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    /** A rule of the caller's own. */
    public InputCheck that(boolean holds, String field, String code, String message) {
        if (!holds) {
            add(field, code, message);
        }
        return this;
    }

    public void add(String field, String code, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldError(field, code, message));
        } else {
            suppressed++;
        }
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            List<FieldError> reported = new ArrayList<>(errors);
            if (suppressed > 0) {
                reported.add(new FieldError("input", "too-many-errors", suppressed + " more errors not listed: correct these first"));
            }
            throw new InvalidInput(reported);
        }
    }
}
