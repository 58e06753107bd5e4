package dev.bridgehead.infra.embedded;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * How to run the embedded stack. Read before the application context exists, so from system
 * properties ({@code -Dbridgehead.data-dir=...}) and environment variables
 * ({@code BRIDGEHEAD_DATA_DIR=...}), the former winning.
 *
 * @param dataDirectory   where both servers keep their data ({@code ./data})
 * @param database        the schema the application uses
 * @param mariaDbPort     MariaDB's port, 0 for any free one
 * @param elasticsearchPort Elasticsearch's HTTP port, 0 for any free one
 * @param elasticsearchHeap the node's heap, as in {@code -Xmx}
 * @param startDatabase   false when an external MySQL is configured
 * @param startElasticsearch false when an external Elasticsearch is configured
 * @param unprivilegedUser who runs Elasticsearch when we are root
 */
public record StackSettings(
        Path dataDirectory,
        String database,
        int mariaDbPort,
        int elasticsearchPort,
        String elasticsearchHeap,
        boolean startDatabase,
        boolean startElasticsearch,
        String unprivilegedUser) {

    public static final String DATA_DIR = "bridgehead.data-dir";

    public static StackSettings fromSystem() {
        return new StackSettings(
                Path.of(setting(DATA_DIR).orElse("data")),
                setting("bridgehead.embedded.database").orElse("bridgehead"),
                port("bridgehead.embedded.mariadb-port"),
                port("bridgehead.embedded.elasticsearch-port"),
                setting("bridgehead.embedded.elasticsearch-heap").orElse("512m"),
                setting("datasources.default.url").isEmpty(),
                setting("elasticsearch.http-hosts").or(() -> setting("elasticsearch.httpHosts")).isEmpty(),
                setting("bridgehead.embedded.unprivileged-user").orElse("nobody"));
    }

    public StackSettings withDataDirectory(Path directory) {
        return new StackSettings(directory, database, mariaDbPort, elasticsearchPort, elasticsearchHeap, startDatabase, startElasticsearch,
                unprivilegedUser);
    }

    public StackSettings withDatabase(String name) {
        return new StackSettings(dataDirectory, name, mariaDbPort, elasticsearchPort, elasticsearchHeap, startDatabase, startElasticsearch,
                unprivilegedUser);
    }

    /** Whether anything is to be started at all. */
    public boolean startsAnything() {
        return startDatabase || startElasticsearch;
    }

    /** A system property, else the environment variable of the same name in Micronaut's spelling (dots and dashes to underscores). */
    public static Optional<String> setting(String key) {
        String property = System.getProperty(key);
        if (property != null && !property.isBlank()) {
            return Optional.of(property.strip());
        }
        String variable = System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        return variable == null || variable.isBlank() ? Optional.empty() : Optional.of(variable.strip());
    }

    private static int port(String key) {
        String value = setting(key).orElse("0");
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new StackException(key + " must be a port number between 0 and 65535, not '" + value + "'");
        }
    }
}
