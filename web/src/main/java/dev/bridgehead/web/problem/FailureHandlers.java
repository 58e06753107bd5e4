package dev.bridgehead.web.problem;

import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.FieldError;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.failure.TooLarge;
import dev.bridgehead.marketplace.failure.TooManyRequests;
import dev.bridgehead.search.query.SearchUnavailable;
import dev.bridgehead.web.security.CsrfRejected;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** The marketplace's typed failures, each mapped once to its status. */
@Factory
class FailureHandlers {

    private final ErrorResponseProcessor<?> processor;

    FailureHandlers(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Singleton
    ExceptionHandler<InvalidInput, HttpResponse<?>> invalidInput() {
        return (request, e) -> respond(request, HttpStatus.BAD_REQUEST, e, e.errors().stream().map(FailureHandlers::error).toList());
    }

    /** The field at fault, and the reason as the detail: a 413 from Micronaut itself (a body over the server's limit) has only the latter. */
    @Singleton
    ExceptionHandler<TooLarge, HttpResponse<?>> tooLarge() {
        return (request, e) -> respond(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, e, List.of(detail(e.getMessage()), error(e.error())));
    }

    @Singleton
    ExceptionHandler<NotFound, HttpResponse<?>> notFound() {
        return (request, e) -> respond(request, HttpStatus.NOT_FOUND, e, List.of());
    }

    @Singleton
    ExceptionHandler<NotAllowed, HttpResponse<?>> notAllowed() {
        return (request, e) -> respond(request, HttpStatus.FORBIDDEN, e, List.of());
    }

    @Singleton
    ExceptionHandler<CsrfRejected, HttpResponse<?>> csrfRejected() {
        return (request, e) -> respond(request, HttpStatus.FORBIDDEN, e, List.of());
    }

    @Singleton
    ExceptionHandler<SearchUnavailable, HttpResponse<?>> searchUnavailable() {
        return (request, e) -> {
            HttpResponse<?> response = respond(request, HttpStatus.SERVICE_UNAVAILABLE, e, List.of());
            return ((MutableHttpResponse<?>) response).header("Retry-After", "10");
        };
    }

    @Singleton
    ExceptionHandler<Conflict, HttpResponse<?>> conflict() {
        return (request, e) -> respond(request, HttpStatus.CONFLICT, e, List.of());
    }

    @Singleton
    ExceptionHandler<TooManyRequests, HttpResponse<?>> tooManyRequests() {
        return (request, e) -> {
            HttpResponse<?> response = respond(request, HttpStatus.TOO_MANY_REQUESTS, e, List.of());
            return ((MutableHttpResponse<?>) response).header("Retry-After", Long.toString(e.retryAfterSeconds()));
        };
    }

    private HttpResponse<?> respond(HttpRequest<?> request, HttpStatus status, RuntimeException e, List<Error> errors) {
        ErrorContext.Builder context = ErrorContext.builder(request).cause(e);
        if (errors.isEmpty()) {
            context.errorMessage(e.getMessage());
        } else {
            context.errors(errors);
        }
        return processor.processResponse(context.build(), HttpResponse.status(status));
    }

    private static Error detail(String message) {
        return () -> message;
    }

    private static Error error(FieldError field) {
        return new Error() {
            @Override
            public Optional<String> getPath() {
                return Optional.of(field.field());
            }

            @Override
            public String getMessage() {
                return field.message();
            }

            /** The stable code rides in the title: pages and clients can key on it. */
            @Override
            public Optional<String> getTitle() {
                return Optional.of(field.code());
            }
        };
    }
}
