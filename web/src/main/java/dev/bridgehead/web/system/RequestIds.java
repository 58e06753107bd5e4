package dev.bridgehead.web.system;

import dev.bridgehead.web.security.ClientAddresses;
import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Every answer carries {@code X-Request-Id}: the one a trusted proxy sent (letters, digits, dashes,
 * at most 64), otherwise a new one. It is in every log line written while the request is served
 * ({@code requestId} in the logging context) and in every problem document, so a user's report
 * of an error leads to its log lines.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestIds implements Ordered {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = "bridgehead.requestId";
    static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClientAddresses addresses;

    RequestIds(ClientAddresses addresses) {
        this.addresses = addresses;
    }

    /** The id of the request being served, or null outside one. */
    public static String of(HttpRequest<?> request) {
        return request == null ? null : request.getAttribute(ATTRIBUTE, String.class).orElse(null);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @RequestFilter
    void assign(HttpRequest<?> request, MutablePropagatedContext context) {
        String sent = request.getHeaders().get(HEADER);
        String id = sent != null && ACCEPTED.matcher(sent).matches() && addresses.fromTrustedProxy(request) ? sent : newId();
        request.setAttribute(ATTRIBUTE, id);
        try {
            MDC.put(MDC_KEY, id);
            context.add(new MdcPropagationContext());
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = of(request);
        if (id != null) {
            response.header(HEADER, id);
        }
    }

    private static String newId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
