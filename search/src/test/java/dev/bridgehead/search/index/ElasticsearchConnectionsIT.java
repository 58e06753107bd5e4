package dev.bridgehead.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

/**
 * The client keeps as many connections to a node as searches run at once (Apache's default pool,
 * which micronaut-elasticsearch would leave in place, allows two).
 */
@MicronautTest(startApplication = false)
class ElasticsearchConnectionsIT {

    static final int AT_ONCE = 16;

    @Inject
    RestClient client;

    @Property(name = "elasticsearch.http-hosts")
    String hosts;

    private final HttpClient observer = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void sixteen_requests_at_once_each_get_a_connection_of_their_own() throws Exception {
        long before = openConnections();
        CountDownLatch answered = new CountDownLatch(AT_ONCE);
        for (int i = 0; i < AT_ONCE; i++) {
            // Elasticsearch holds each of these open for three seconds (there are never 99 nodes).
            client.performRequestAsync(new Request("GET", "/_cluster/health?wait_for_nodes=99&timeout=3s"), new ResponseListener() {
                @Override
                public void onSuccess(Response response) {
                    answered.countDown();
                }

                @Override
                public void onFailure(Exception exception) {
                    answered.countDown();
                }
            });
        }
        long most = before;
        while (answered.getCount() > 0 && most - before < AT_ONCE) {
            most = Math.max(most, openConnections());
            Thread.sleep(50);
        }
        assertThat(most - before).as("connections the node saw open at once, beyond the %d before", before).isGreaterThanOrEqualTo(AT_ONCE);
        assertThat(answered.await(30, TimeUnit.SECONDS)).isTrue();
    }

    /** The HTTP connections the node has open, asked by a client of its own (not from the pool under test). */
    private long openConnections() throws Exception {
        String host = hosts.split(",")[0];
        HttpResponse<String> stats = observer.send(HttpRequest.newBuilder(URI.create(host + "/_nodes/_local/stats/http")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode nodes = json.readTree(stats.body()).path("nodes");
        return nodes.elements().next().path("http").path("current_open").asLong();
    }
}
