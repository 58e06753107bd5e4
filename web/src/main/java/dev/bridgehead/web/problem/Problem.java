package dev.bridgehead.web.problem;

import dev.bridgehead.marketplace.failure.FieldError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem: what the API answers for every error.
 *
 * @param errors for bad input, each field with its problem
 * @param code   a stable code for a refusal a client acts on ({@code email-unconfirmed}, {@code second-factor-required}), or null
 * @param requestId the request's {@code X-Request-Id}, to quote when reporting the problem
 */
@Serdeable
public record Problem(String type, String title, int status, @Nullable String detail, @Nullable List<Field> errors, @Nullable String code,
                      @Nullable String requestId) {

    public static final MediaType MEDIA_TYPE = MediaType.of("application/problem+json");

    /** One bad field, as API.md has it: {@code {"field","message"}}, plus a stable code. */
    @Serdeable
    public record Field(String field, String message, @Nullable String code) {

        static Field of(FieldError error) {
            return new Field(error.field(), error.message(), error.code());
        }

        /**
         * A field as Bridgehead names it, from the JSON pointer Micronaut gives when it cannot
         * convert a value ({@code /months} is {@code months}, {@code /mechanisms/0/code} is
         * {@code mechanisms[0].code}).
         */
        static String name(String pointer) {
            StringBuilder name = new StringBuilder();
            for (String segment : pointer.split("/")) {
                if (segment.isEmpty()) {
                    continue;
                }
                if (segment.chars().allMatch(Character::isDigit)) {
                    name.append('[').append(segment).append(']');
                } else {
                    name.append(name.length() == 0 ? "" : ".").append(segment);
                }
            }
            return name.length() == 0 ? pointer : name.toString();
        }
    }

    public static Problem of(HttpStatus status, @Nullable String detail, @Nullable List<Field> errors) {
        return new Problem("about:blank", status.getReason(), status.getCode(), detail, errors == null || errors.isEmpty() ? null : errors, null,
                currentRequestId());
    }

    private static String currentRequestId() {
        return io.micronaut.http.context.ServerRequestContext.currentRequest().map(dev.bridgehead.web.system.RequestIds::of).orElse(null);
    }

    /** A refusal with a stable code a client can act on. */
    public static MutableHttpResponse<Problem> coded(HttpStatus status, String code, String detail) {
        return HttpResponse.<Problem>status(status).body(new Problem("about:blank", status.getReason(), status.getCode(), detail, null, code,
                        currentRequestId()))
                .contentType(MEDIA_TYPE);
    }

    public static MutableHttpResponse<Problem> response(HttpStatus status, @Nullable String detail) {
        return HttpResponse.<Problem>status(status).body(of(status, detail, null)).contentType(MEDIA_TYPE);
    }
}
