package dev.bridgehead.marketplace.failure;

import java.util.List;

/** The input was refused; nothing was changed. */
public class InvalidInput extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String code, String message) {
        return new InvalidInput(List.of(new FieldError(field, code, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
