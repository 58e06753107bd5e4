package dev.bridgehead.web.system;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers that keep the pages from being framed, sniffed or fed script from elsewhere. A response
 * that brings its own policy keeps it: an evidence document has a stricter one (a sandbox) that
 * lets our own pages frame it when it is asked for inline.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter {

    /** Frames only from our own origin: a staff page shows an evidence document inline in one (never as a plugin object). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @ResponseFilter
    void addHeaders(MutableHttpResponse<?> response) {
        if (!response.getHeaders().contains("Content-Security-Policy")) {
            response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.header("X-Frame-Options", "DENY");
        }
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "strict-origin-when-cross-origin");
        response.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
