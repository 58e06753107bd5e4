package dev.bridgehead.marketplace.failure;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One field's problem.
 *
 * @param field   the field's name as the API spells it ({@code sectors[2]} for an element)
 * @param code    a stable code pages translate ({@code required}, {@code too-long}, …)
 * @param message an English sentence for API clients
 */
@Serdeable
public record FieldError(String field, String code, String message) {
}
