package dev.bridgehead.web.system;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Headers that keep the pages from being framed, sniffed or fed script from elsewhere. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @ResponseFilter
    void addHeaders(MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "strict-origin-when-cross-origin");
        response.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
