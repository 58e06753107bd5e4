package dev.bridgehead.web.system;

import dev.bridgehead.infra.embedded.EmbeddedStack;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * In the embedded default, {@code /health} also tells (to staff) whether the servers Bridgehead
 * started are running and how often the supervisor started one again after it died.
 */
@Singleton
@Requires(beans = EmbeddedStack.class)
class EmbeddedServersHealth implements HealthIndicator {

    private final EmbeddedStack stack;

    EmbeddedServersHealth(EmbeddedStack stack) {
        this.stack = stack;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean allAlive = true;
        for (Map.Entry<String, EmbeddedStack.Supervised> server : stack.supervision().entrySet()) {
            EmbeddedStack.Supervised state = server.getValue();
            allAlive &= state.alive();
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("running", state.alive());
            one.put("restarts", state.restarts());
            if (state.lastRestart() != null) {
                one.put("lastRestart", state.lastRestart().toString());
            }
            details.put(server.getKey(), one);
        }
        return Publishers.just(HealthResult.builder("embedded", allAlive ? HealthStatus.UP : HealthStatus.DOWN).details(details).build());
    }
}
