package dev.bridgehead.web.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF tokens bound to the browser's session. Every page request gets a token: the one in the
 * browser's cookie if it was made for this session, or a new one that the response sets. A token
 * is a random value and an HMAC (with the deployment's secret) of that value and the session it
 * belongs to (the signed-in session's id, or "anonymous"): so a token from before sign-in, from
 * another person's session or from a session that ended is refused. Forms carry the token in a
 * hidden field; {@link CsrfInterceptor} checks that it equals the cookie and is bound to the
 * session. The cookie is {@code __Host-csrf} (Secure, path /, no domain) when secure cookies are
 * on. The JSON API and static files have no forms, so they get none.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class CsrfTokens implements Ordered {

    static final String ATTRIBUTE = "bridgehead.csrf";
    static final String NEW_ATTRIBUTE = "bridgehead.csrf.new";
    static final String PLAIN_COOKIE = "csrfToken";
    static final String HOST_COOKIE = "__Host-csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final boolean secure;

    CsrfTokens(@Value("${bridgehead.secret}") String secret, @Value("${bridgehead.secure-cookies:false}") boolean secure) {
        this.key = new SecretKeySpec(("bridgehead-csrf:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.secure = secure;
    }

    /** After the security filter, which says whose session the request belongs to. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    /** The token to put into this request's forms. */
    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElse("");
    }

    /** The name of the cookie that holds the token. */
    String cookieName() {
        return secure ? HOST_COOKIE : PLAIN_COOKIE;
    }

    @RequestFilter
    void assign(HttpRequest<?> request) {
        if (withoutForms(request.getPath())) {
            return;
        }
        String binding = binding(request);
        String existing = cookie(request);
        if (existing != null && isBound(existing, binding)) {
            request.setAttribute(ATTRIBUTE, existing);
        } else {
            request.setAttribute(ATTRIBUTE, newToken(binding));
            request.setAttribute(NEW_ATTRIBUTE, Boolean.TRUE);
        }
    }

    /** Whether a form's token is the browser's own and made for this session. */
    boolean isValid(HttpRequest<?> request, String formToken) {
        String cookie = cookie(request);
        return cookie != null && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), formToken.getBytes(StandardCharsets.UTF_8))
                && isBound(formToken, binding(request));
    }

    static boolean withoutForms(String path) {
        return path.startsWith("/api/") || path.startsWith("/static/");
    }

    @ResponseFilter
    void setCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(NEW_ATTRIBUTE, Boolean.class).orElse(false)) {
            response.cookie(Cookie.of(cookieName(), of(request)).path("/").httpOnly(true).sameSite(SameSite.Strict).secure(secure));
        }
    }

    private @Nullable String cookie(HttpRequest<?> request) {
        return request.getCookies().findCookie(cookieName()).map(Cookie::getValue).filter(value -> !value.isBlank() && value.length() < 200)
                .orElse(null);
    }

    private static String binding(HttpRequest<?> request) {
        String session = Actors.sessionOf(request.getUserPrincipal(Authentication.class).orElse(null));
        return session == null ? "anonymous" : "session:" + session;
    }

    private String newToken(String binding) {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return value + "." + mac(value, binding);
    }

    private boolean isBound(String token, String binding) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        String expected = mac(token.substring(0, dot), binding);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), token.substring(dot + 1).getBytes(StandardCharsets.UTF_8));
    }

    private String mac(String value, String binding) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal((binding + "|" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
