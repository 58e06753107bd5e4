package dev.bridgehead.web.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;
import java.security.Principal;

/**
 * {@code /health} (and its liveness and readiness views) answers everyone with the status alone;
 * only park staff see the details (the stores' addresses and versions), which tell an attacker too
 * much.
 */
@Endpoint(value = HealthEndpoint.NAME, defaultSensitive = HealthEndpoint.DEFAULT_SENSITIVE)
@Replaces(HealthEndpoint.class)
@Requires(property = "endpoints.health.enabled", notEquals = "false")
class StaffHealthEndpoint extends HealthEndpoint {

    StaffHealthEndpoint(HealthAggregator<HealthResult> aggregator, HealthIndicator[] indicators, @Liveness HealthIndicator[] liveness) {
        super(aggregator, indicators, liveness);
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(Principal principal) {
        boolean staff = principal instanceof Authentication authentication
                && (authentication.getRoles().contains("STAFF") || authentication.getRoles().contains("ADMIN"));
        return staff ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS : HealthLevelOfDetail.STATUS;
    }
}
