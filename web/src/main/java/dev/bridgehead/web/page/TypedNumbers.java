package dev.bridgehead.web.page;

/** Numbers as people type them into forms: "150,000", "150 000" or "150_000". */
public final class TypedNumbers {

    private TypedNumbers() {
    }

    /**
     * The whole number typed, 0 when nothing is, and -1 when it is not a whole number, which the
     * services refuse with the field named, so the form comes back with what was typed and a message.
     */
    public static Long count(String typed) {
        if (typed == null || typed.isBlank()) {
            return 0L;
        }
        try {
            return Long.parseLong(typed.strip().replace(",", "").replace("_", "").replace(" ", "").replace("，", ""));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
