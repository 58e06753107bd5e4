package dev.bridgehead.web.problem;

import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;
import java.util.Set;

/** The error page's model: the status and, for a caller's own mistake, what was wrong. */
public record ErrorPage(PageContext context, int status, @Nullable String detail) {

    private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 405, 409, 413, 415, 429, 500, 503);

    /** The message key of this status's title and text ({@code error.404}), or the generic one. */
    public String key() {
        return "error." + (EXPLAINED.contains(status) ? Integer.toString(status) : "generic");
    }
}
