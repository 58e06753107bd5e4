package dev.bridgehead.web.page;

import io.micronaut.http.HttpRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A list page's filter as typed into its address: the named query parameters, stripped, in the
 * form's order. It stays as typed, so a refused value comes back on the form with its message, and
 * it goes back into the page's links without the refused parts.
 */
public record TypedFilter(Map<String, String> values, FormErrors errors) {

    /** The filter's parameters of the request, over {@code defaults} for those it leaves out. */
    public static TypedFilter of(HttpRequest<?> request, List<String> names, Map<String, String> defaults) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : names) {
            String value = request.getParameters().get(name);
            if (value != null && !value.isBlank()) {
                values.put(name, value.strip());
            } else if (defaults.containsKey(name)) {
                values.put(name, defaults.get(name));
            }
        }
        return new TypedFilter(values, FormErrors.none());
    }

    /** The same filter, refused with these errors. */
    public TypedFilter refused(FormErrors refusal) {
        return new TypedFilter(values, refusal);
    }

    /** The typed value, or null. */
    public String get(String name) {
        return values.get(name);
    }

    /** The typed value for a form field, or empty. */
    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** The accepted parts as a query string, for pagination and links back. */
    public String query() {
        return values.entrySet().stream().filter(e -> !errors.has(e.getKey()))
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
