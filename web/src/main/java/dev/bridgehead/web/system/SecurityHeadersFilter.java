package dev.bridgehead.web.system;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;

/**
 * Headers that keep the pages from being framed, sniffed, fed script from elsewhere or kept in
 * caches. A response that brings its own policy keeps it: an evidence document has a stricter one
 * (a sandbox) that lets our own pages frame it when it is asked for inline. Answers that belong to
 * someone (a signed-in page, any API answer, a CSV export) are never stored by a browser or proxy.
 * With secure cookies on (served over HTTPS), browsers are told to use HTTPS only for a year.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter implements Ordered {

    /** Frames only from our own origin: a staff page shows an evidence document inline in one (never as a plugin object). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
    static final String STRICT_TRANSPORT = "max-age=31536000; includeSubDomains";

    private final boolean secure;

    SecurityHeadersFilter(@Value("${bridgehead.secure-cookies:false}") boolean secure) {
        this.secure = secure;
    }

    /** First, so that its response part also runs for the answers the security filter gives itself (401, the redirect to sign in). */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!response.getHeaders().contains("Content-Security-Policy")) {
            response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.header("X-Frame-Options", "DENY");
        }
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "strict-origin-when-cross-origin");
        response.header("Permissions-Policy", PERMISSIONS_POLICY);
        response.header("Cross-Origin-Opener-Policy", "same-origin");
        if (secure) {
            response.header("Strict-Transport-Security", STRICT_TRANSPORT);
        }
        if (isPrivate(request, response)) {
            response.header(HttpHeaders.CACHE_CONTROL, "no-store");
            response.header(HttpHeaders.PRAGMA, "no-cache");
        }
    }

    private static boolean isPrivate(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        if (path.startsWith("/static/")) {
            return false;
        }
        boolean csv = response.getContentType().map(type -> type.getSubtype().equals("csv")).orElse(false)
                || response.getHeaders().contains(HttpHeaders.CONTENT_DISPOSITION);
        return path.startsWith("/api/") || path.startsWith("/account/") || path.equals("/login") || path.startsWith("/login/") || csv
                || request.getUserPrincipal(Authentication.class).isPresent();
    }
}
