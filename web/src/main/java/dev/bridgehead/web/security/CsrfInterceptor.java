package dev.bridgehead.web.security;

import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;

/** Checks the CSRF token of a {@link CsrfProtected} handler's form before the handler runs. */
@Singleton
class CsrfInterceptor implements MethodInterceptor<Object, Object> {

    static final String TOKEN = "csrfToken";

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final CsrfTokens tokens;

    CsrfInterceptor(CsrfTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        HttpRequest<?> request = ServerRequestContext.currentRequest().orElse(null);
        if (request == null || SAFE.contains(request.getMethod())) {
            return context.proceed();
        }
        String token = null;
        for (Object argument : context.getParameterValues()) {
            if (argument instanceof CsrfForm form) {
                token = form.csrfToken();
            } else if (argument instanceof Map<?, ?> map && map.get(TOKEN) instanceof String value) {
                token = value;
            }
        }
        // A multipart form's parts are bound one by one: its token arrives as the handler's csrfToken argument.
        if (token == null && context.getParameterValueMap().get(TOKEN) instanceof String part) {
            token = part;
        }
        if (token == null || token.isBlank() || !tokens.isValid(request, token)) {
            throw new CsrfRejected();
        }
        return context.proceed();
    }
}
