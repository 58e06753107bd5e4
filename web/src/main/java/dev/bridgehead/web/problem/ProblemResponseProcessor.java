package dev.bridgehead.web.problem;

import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The body of every error response, Micronaut's own (no route, bad JSON, too large, not signed
 * in) and ours: a problem document for the API and for non-browser clients, an error page in the
 * visitor's language for browsers.
 */
@Singleton
class ProblemResponseProcessor implements ErrorResponseProcessor<Object> {

    static final String VIEW = "problem/error";

    private final PageContextFactory pages;
    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;

    ProblemResponseProcessor(PageContextFactory pages, ViewsRenderer<Map<String, Object>, HttpRequest<?>> views) {
        this.pages = pages;
        this.views = views;
    }

    @Override
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpRequest<?> request = context.getRequest();
        HttpStatus status = response.getStatus();
        if (status == HttpStatus.REQUEST_ENTITY_TOO_LARGE) {
            // The rest of the body is not read: a client still sending it sees the answer when the connection closes, not at the idle timeout.
            response.header(HttpHeaders.CONNECTION, "close");
        }
        if (wantsPage(request)) {
            String detail = status.getCode() < 500 && context.hasErrors()
                    ? context.getErrors().stream().map(e -> e.getPath().map(path -> fieldOf(path, e.getMessage()) + ": ").orElse("") + plain(e.getMessage()))
                            .collect(java.util.stream.Collectors.joining("; "))
                    : null;
            ModelAndView<Map<String, Object>> page = Pages.view(VIEW, new ErrorPage(pages.of(request), status.getCode(), detail));
            StringWriter html = new StringWriter();
            try {
                Writable writable = views.render(page.getView().orElseThrow(), page.getModel().orElseThrow(), request);
                writable.writeTo(html);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return response.body((Object) html.toString()).contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8");
        }
        List<Problem.Field> fields = context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new Problem.Field(fieldOf(error.getPath().get(), error.getMessage()), plain(error.getMessage()), error.getTitle().orElse(null)))
                .toList();
        String detail = status == HttpStatus.SERVICE_UNAVAILABLE ? "Search is temporarily unavailable: try again in a few seconds (your data is safe)."
                : status.getCode() >= 500 ? "Something went wrong on our side; it has been logged."
                : context.getErrors().stream().filter(error -> error.getPath().isEmpty()).map(error -> plain(error.getMessage())).findFirst()
                        .orElse(fields.isEmpty() ? status.getReason() : "Some fields are not valid");
        return response.body((Object) Problem.of(status, detail, fields)).contentType(Problem.MEDIA_TYPE);
    }

    private static final java.util.regex.Pattern MARKED_FIELD = java.util.regex.Pattern.compile("\\(field ([A-Za-z0-9_.\\[\\]]+)\\)");

    /** The field at fault: the one a strict reader marked in its message, or else the one the framework names. */
    static String fieldOf(String path, String message) {
        java.util.regex.Matcher marked = MARKED_FIELD.matcher(message == null ? "" : message);
        return marked.find() ? marked.group(1) : Problem.Field.name(path);
    }

    /**
     * A framework's message said plainly: what the client should send, without the names of our
     * classes or the parser's internals (which tell an attacker what runs here).
     */
    static String plain(String message) {
        if (message == null) {
            return "is not valid here";
        }
        if (message.startsWith("Required Body [")) {
            return "The body is missing: send a JSON object";
        }
        boolean internal = message.contains("java.") || message.contains("`") || message.contains("io.micronaut") || message.contains("com.fasterxml")
                || message.contains("[Source") || message.contains("dev.bridgehead") || message.startsWith("Failed to convert argument")
                || message.contains("For input string");
        if (!internal) {
            return message;
        }
        if (message.contains("must be a whole number") || message.contains("For input string")
                || message.matches("(?s).*(Integer|Long|int|long|BigInteger|Short)\\b.*")) {
            return "must be a whole number";
        }
        if (message.matches("(?s).*(Double|BigDecimal|Float|double|float)\\b.*")) {
            return "must be a number";
        }
        if (message.contains("must be true or false") || message.matches("(?s).*(Boolean|boolean)\\b.*")) {
            return "must be true or false";
        }
        if (message.matches("(?s).*(LocalDate|Instant)\\b.*")) {
            return "must be a date as YYYY-MM-DD";
        }
        if (message.contains("Unexpected") || message.contains("Unrecognized") || message.contains("end-of-input") || message.contains("JsonParse")) {
            return "The body is not valid JSON";
        }
        return "is not valid here";
    }

    /** Browsers ask for HTML; the API and every other client get JSON. */
    static boolean wantsPage(HttpRequest<?> request) {
        if (request.getPath().startsWith("/api/")) {
            return false;
        }
        return request.getHeaders().get(HttpHeaders.ACCEPT, String.class).map(accept -> accept.contains("text/html")).orElse(false);
    }
}
