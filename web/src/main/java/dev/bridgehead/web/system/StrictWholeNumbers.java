package dev.bridgehead.web.system;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Whole numbers in bodies are whole numbers: {@code 1.5}, {@code true}, {@code 1e3} or
 * {@code "12abc"} sent for a count or an amount is refused with its field ("must be a whole
 * number"), where the JSON library would quietly have cut or converted it. Digits in a string
 * ({@code "12"}, as every form field arrives) are read as the number they write.
 */
@Factory
class StrictWholeNumbers {

    static final String MESSAGE = "must be a whole number";
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
        };
    }

    /** The whole number the value writes, or null for an empty string (an empty form field). */
    static Long whole(Decoder decoder, Argument<?> type) throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value instanceof java.util.List<?> list && !list.isEmpty()) {
            // A form field sent more than once: the first value counts, as for any other field.
            value = list.get(0);
        }
        if (value instanceof String text && text.isBlank()) {
            return null;
        }
        if (value instanceof String text && text.strip().matches("-?\\d{1,18}")) {
            // A form field, or a client that quotes its numbers: digits only.
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
}
