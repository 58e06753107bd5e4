package dev.bridgehead.search.index;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;

/**
 * The HTTP client under the Elasticsearch client, set up for a server that sends many searches at
 * once. micronaut-elasticsearch hands the low-level client a fresh {@link HttpAsyncClientBuilder},
 * which drops the pool sizes the Elasticsearch client would have set: Apache's defaults allow two
 * connections per node, so the sixteenth concurrent search waited for one of two sockets. The pool
 * here is sized by {@code bridgehead.search.connections-per-node} (default 32) and
 * {@code bridgehead.search.connections-total} (default 128).
 *
 * <p>Cookies and the auth-scheme cache are switched off: Elasticsearch sets no cookies, and Bridgehead
 * authenticates to a production cluster with an API key in a default header
 * ({@code elasticsearch.default-headers}), so neither does any work except cost: the auth cache
 * deserialises its entry on every request.
 */
@Singleton
public class ElasticsearchConnections implements BeanCreatedEventListener<HttpAsyncClientBuilder> {

    private final int perNode;
    private final int total;

    public ElasticsearchConnections(@Value("${bridgehead.search.connections-per-node:32}") int perNode,
                                    @Value("${bridgehead.search.connections-total:128}") int total) {
        if (perNode < 1 || total < perNode) {
            throw new IllegalArgumentException("bridgehead.search.connections-per-node must be at least 1 and connections-total at least as many; got "
                    + perNode + " and " + total);
        }
        this.perNode = perNode;
        this.total = total;
    }

    @Override
    public HttpAsyncClientBuilder onCreated(BeanCreatedEvent<HttpAsyncClientBuilder> event) {
        return event.getBean().setMaxConnPerRoute(perNode).setMaxConnTotal(total).disableCookieManagement().disableAuthCaching();
    }
}
