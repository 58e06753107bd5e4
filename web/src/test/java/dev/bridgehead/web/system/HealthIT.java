package dev.bridgehead.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.infra.testing.TestStack;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.web.api.ApiClient;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /health: up and down with the stores; the details (addresses, versions) for staff only. */
@MicronautTest(transactional = false)
class HealthIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;

    private String staffToken;

    @Test
    void anyone_sees_the_status_and_only_staff_see_the_details() throws Exception {
        staffToken = null;
        HttpResponse<Map<String, Object>> anonymous = get();
        assertThat(anonymous.body().get("status")).isEqualTo("UP");
        assertThat(anonymous.body().get("details")).isNull();
        assertThat(anonymous.body().toString()).doesNotContain("jdbc:").doesNotContain("version");

        staffToken = new ApiClient(server.getURL().toString()).token(fixture.emailOf(fixture.member("SG")));
        assertThat(get().body().get("details")).as("a member").isNull();
        staffToken = new ApiClient(server.getURL().toString()).token(fixture.emailOf(fixture.staff()));
        assertThat(get().body().get("details")).isNotNull();
    }

    @Test
    void health_is_up_with_both_stores_and_goes_down_while_elasticsearch_is_stopped() throws Exception {
        staffToken = new ApiClient(server.getURL().toString()).token(fixture.emailOf(fixture.staff()));
        assertHealth(HttpStatus.OK, "UP", "UP");

        TestStack.shared().stopElasticsearch();
        try {
            assertHealth(HttpStatus.SERVICE_UNAVAILABLE, "DOWN", "DOWN");
        } finally {
            TestStack.shared().startElasticsearch();
        }

        awaitHealth(HttpStatus.OK, Duration.ofSeconds(60));
        assertHealth(HttpStatus.OK, "UP", "UP");
    }

    @SuppressWarnings("unchecked")
    private void assertHealth(HttpStatus status, String overall, String elasticsearch) {
        HttpResponse<Map<String, Object>> response = get();
        assertThat(response.code()).isEqualTo(status.getCode());
        Map<String, Object> body = response.body();
        Map<String, Map<String, Object>> details = (Map<String, Map<String, Object>>) body.get("details");
        assertThat(body.get("status")).isEqualTo(overall);
        assertThat(details.get("jdbc").get("status")).isEqualTo("UP");
        assertThat(details.get("elasticsearchclient").get("status")).isEqualTo(elasticsearch);
    }

    private void awaitHealth(HttpStatus status, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && get().status() != status) {
            Thread.sleep(500);
        }
    }

    private HttpResponse<Map<String, Object>> get() {
        BlockingHttpClient client = http.toBlocking();
        try {
            var request = HttpRequest.GET("/health");
            if (staffToken != null) {
                request.bearerAuth(staffToken);
            }
            return client.exchange(request, Argument.mapOf(String.class, Object.class));
        } catch (HttpClientResponseException e) {
            return (HttpResponse<Map<String, Object>>) (HttpResponse<?>) e.getResponse()
                    .getBody(Argument.mapOf(String.class, Object.class))
                    .map(body -> HttpResponse.status(e.getStatus()).body(body))
                    .orElseThrow();
        }
    }
}
