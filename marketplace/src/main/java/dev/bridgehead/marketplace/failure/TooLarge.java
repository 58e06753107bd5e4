package dev.bridgehead.marketplace.failure;

/** The input is larger than the marketplace keeps; nothing was changed. */
public class TooLarge extends RuntimeException {

    private final FieldError error;

    /**
     * @param field   the field at fault
     * @param message what the field must be, as in {@link FieldError}
     * @param detail  the whole refusal, as a sentence
     */
    public TooLarge(String field, String message, String detail) {
        super(detail);
        this.error = new FieldError(field, "too-large", message);
    }

    /** The field at fault, with the code {@code too-large}. */
    public FieldError error() {
        return error;
    }
}
