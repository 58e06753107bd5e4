package dev.bridgehead.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behind a trusted load balancer (here: this machine), the client address comes from
 * X-Forwarded-For, read from the right: a guesser slows only themself, and the owner signs in.
 */
@MicronautTest(transactional = false)
@Property(name = "bridgehead.trusted-proxies", value = "127.0.0.1/32,10.0.0.0/8")
class TrustedProxiesIT {

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    DatabaseCleaner database;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void clean() {
        database.clean();
    }

    @Test
    void a_lock_out_attempt_from_one_address_slows_that_address_and_not_the_owner_elsewhere() throws Exception {
        String victim = fixture.emailOf(fixture.staff());
        for (int i = 0; i < 12; i++) {
            assertThat(token("203.0.113.9", victim, "guess number " + i).statusCode()).isIn(401, 429);
        }

        assertThat(token("198.51.100.7", victim, MarketplaceFixture.PASSWORD).statusCode()).as("the owner, elsewhere").isEqualTo(200);
    }

    @Test
    void the_rightmost_untrusted_address_is_the_client_so_a_forged_left_part_changes_nothing() throws Exception {
        for (int i = 0; i < 10; i++) {
            // The client forged "1.2.3.<i>"; the balancer (10.0.0.5) appended the real 203.0.113.20.
            assertThat(token("1.2.3." + i + ", 203.0.113.20, 10.0.0.5", "victim" + i + "@example.com", "guess").statusCode()).isEqualTo(401);
        }
        String someone = fixture.emailOf(fixture.member("SG"));

        assertThat(token("1.2.3.99, 203.0.113.20", someone, MarketplaceFixture.PASSWORD).statusCode()).as("the same real client, spraying")
                .isEqualTo(429);
        assertThat(token("203.0.113.21", someone, MarketplaceFixture.PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void literal_addresses_and_ranges_are_read_without_looking_anything_up() {
        assertThat(ClientAddresses.literal("203.0.113.20:5120")).hasValueSatisfying(a -> assertThat(a.getHostAddress()).isEqualTo("203.0.113.20"));
        assertThat(ClientAddresses.literal("[2001:db8::1]:443")).isPresent();
        assertThat(ClientAddresses.literal("evil.example.com")).isEmpty();
        assertThat(ClientAddresses.Cidr.parse("10.0.0.0/8").contains(ClientAddresses.literal("10.200.3.4").orElseThrow())).isTrue();
        assertThat(ClientAddresses.Cidr.parse("10.0.0.0/8").contains(ClientAddresses.literal("11.0.0.1").orElseThrow())).isFalse();
        assertThat(ClientAddresses.Cidr.parse("fd00::/8").contains(ClientAddresses.literal("fd12::1").orElseThrow())).isTrue();
    }

    private HttpResponse<String> token(String forwardedFor, String email, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/auth/token")).header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
