package dev.bridgehead.web.system;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.type.Argument;
import io.micronaut.http.MediaType;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/**
 * Whole numbers and yes/no values in bodies are what they say. In JSON, {@code 1.5}, {@code true},
 * {@code 1e3}, {@code [7]} or {@code "12abc"} sent for a count, and {@code "yes"}, {@code 1} or
 * {@code [true]} sent for a flag, are refused with their field ("must be a whole number", "must
 * be true or false"), where the JSON library would quietly have cut, converted or unwrapped them.
 * Digits in a string ({@code "12"}) are read as the number they write. Forms send every value as
 * text, and a field twice as a list: there the first value counts, and a ticked box's
 * {@code on} is true.
 */
@Factory
class StrictScalars {

    static final String MESSAGE = "must be a whole number";
    static final String FLAG_MESSAGE = "must be true or false";
    /** Marks the field in the message, for the problem document to name it (the framework's error carries only the body's name). */
    static final String FIELD = "field ";

    @Singleton
    @Order(-100)
    Deserializer<Integer> integers() {
        return new Deserializer<>() {
            @Override
            public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type) throws IOException {
                Long value = whole(decoder, type);
                if (value == null) {
                    return null;
                }
                if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                    throw decoder.createDeserializationException(MESSAGE + " between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + " (" + FIELD
                            + type.getName() + ")", value);
                }
                return value.intValue();
            }

            @Override
            public Integer deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Integer> type) throws IOException {
                return decoder.decodeNull() ? null : deserialize(decoder, context, type);
            }

            @Override
            public Integer getDefaultValue(DecoderContext context, Argument<? super Integer> type) {
                return type.isPrimitive() ? 0 : null;
            }
        };
    }

    @Singleton
    @Order(-100)
    Deserializer<Long> longs() {
        return new Deserializer<>() {
            @Override
            public Long deserialize(Decoder decoder, DecoderContext context, Argument<? super Long> type) throws IOException {
                return whole(decoder, type);
            }

            @Override
            public Long deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Long> type) throws IOException {
                return decoder.decodeNull() ? null : deserialize(decoder, context, type);
            }

            @Override
            public Long getDefaultValue(DecoderContext context, Argument<? super Long> type) {
                return type.isPrimitive() ? 0L : null;
            }
        };
    }

    @Singleton
    @Order(-100)
    Deserializer<Boolean> flags() {
        return new Deserializer<>() {
            @Override
            public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type) throws IOException {
                Object value = firstOfForm(decoder.decodeArbitrary());
                if (value instanceof Boolean flag) {
                    return flag;
                }
                if (value instanceof String text) {
                    String word = text.strip().toLowerCase(Locale.ROOT);
                    if (word.equals("true") || (fromForm() && word.equals("on"))) {
                        return true;
                    }
                    if (word.equals("false")) {
                        return false;
                    }
                    if (word.isEmpty() && fromForm()) {
                        return null;
                    }
                }
                throw decoder.createDeserializationException(FLAG_MESSAGE + " (" + FIELD + type.getName() + ")", value);
            }

            @Override
            public Boolean deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Boolean> type) throws IOException {
                return decoder.decodeNull() ? null : deserialize(decoder, context, type);
            }

            /** What a missing field is: false for a primitive flag, as the library's own reader has it; null otherwise. */
            @Override
            public Boolean getDefaultValue(DecoderContext context, Argument<? super Boolean> type) {
                return type.isPrimitive() ? Boolean.FALSE : null;
            }
        };
    }

    /** The whole number the value writes, or null for an empty string (an empty form field). */
    static Long whole(Decoder decoder, Argument<?> type) throws IOException {
        Object value = firstOfForm(decoder.decodeArbitrary());
        if (value instanceof String text && text.isBlank()) {
            return null;
        }
        if (value instanceof String text && text.strip().matches("-?\\d{1,18}")) {
            return Long.parseLong(text.strip());
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big && big.bitLength() < 64) {
            return big.longValue();
        }
        if (value instanceof BigDecimal decimal && decimal.scale() <= 0 && decimal.toBigInteger().bitLength() < 64) {
            return decimal.longValueExact();
        }
        throw decoder.createDeserializationException(MESSAGE + " (" + FIELD + type.getName() + ")", value);
    }

    /** A form field sent more than once arrives as a list: its first value counts. In JSON a list is a list, and refused. */
    private static Object firstOfForm(Object value) {
        return value instanceof List<?> list && !list.isEmpty() && fromForm() ? list.get(0) : value;
    }

    private static boolean fromForm() {
        return ServerRequestContext.currentRequest().flatMap(request -> request.getContentType())
                .map(type -> type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE) || type.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
                .orElse(false);
    }
}
