package dev.bridgehead.marketplace.failure;

/** The input is larger than the marketplace keeps; nothing was changed. */
public class TooLarge extends RuntimeException {

    private final FieldError error;

    public TooLarge(String field, String message) {
        super(field + ": " + message);
        this.error = new FieldError(field, "too-large", message);
    }

    /** The field at fault, with the code {@code too-large}. */
    public FieldError error() {
        return error;
    }
}
