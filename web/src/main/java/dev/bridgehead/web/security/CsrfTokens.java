package dev.bridgehead.web.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import java.util.Optional;

/**
 * Gives every page request a CSRF token: the one in the browser's cookie, or a new one that the
 * response then sets. Forms carry it in a hidden field; micronaut-security-csrf compares the two
 * on every form POST. The JSON API and static files have no forms, so they get none (a new token
 * costs a random number and an HMAC, on every call of a client that keeps no cookies).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class CsrfTokens {

    static final String ATTRIBUTE = "bridgehead.csrf";
    static final String NEW_ATTRIBUTE = "bridgehead.csrf.new";

    private final CsrfTokenGenerator<HttpRequest<?>> generator;
    private final CsrfConfiguration configuration;

    CsrfTokens(CsrfTokenGenerator<HttpRequest<?>> generator, CsrfConfiguration configuration) {
        this.generator = generator;
        this.configuration = configuration;
    }

    /** The token to put into this request's forms. */
    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElse("");
    }

    @RequestFilter
    void assign(HttpRequest<?> request) {
        if (withoutForms(request.getPath())) {
            return;
        }
        Optional<String> existing = request.getCookies().findCookie(configuration.getCookieName()).map(Cookie::getValue)
                .filter(value -> !value.isBlank());
        if (existing.isPresent()) {
            request.setAttribute(ATTRIBUTE, existing.get());
        } else {
            String token = generator.generateCsrfToken(request);
            request.setAttribute(ATTRIBUTE, token);
            request.setAttribute(NEW_ATTRIBUTE, Boolean.TRUE);
        }
    }

    static boolean withoutForms(String path) {
        return path.startsWith("/api/") || path.startsWith("/static/");
    }

    @ResponseFilter
    void setCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(NEW_ATTRIBUTE, Boolean.class).orElse(false)) {
            Cookie cookie = Cookie.of(configuration.getCookieName(), of(request)).path("/").httpOnly(true).sameSite(SameSite.Strict);
            configuration.isCookieSecure().ifPresent(cookie::secure);
            response.cookie(cookie);
        }
    }
}
