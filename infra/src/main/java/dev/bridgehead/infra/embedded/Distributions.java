package dev.bridgehead.infra.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where the build unpacked the MariaDB and Elasticsearch distributions it fetched from Maven Central. */
record Distributions(Path mariaDbHome, String mariaDbVersion, Path elasticsearchHome, String elasticsearchVersion) {

    private static final String RESOURCE = "distributions.properties";
    private static final String REBUILD = "run './mvnw -DskipTests package' to fetch and unpack it";

    static Distributions fromBuild() {
        Properties properties = new Properties();
        try (InputStream in = Distributions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new StackException("The build did not record where the server distributions are: " + REBUILD);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new StackException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        Distributions distributions = new Distributions(
                Path.of(properties.getProperty("mariadb.home")), properties.getProperty("mariadb.version"),
                Path.of(properties.getProperty("elasticsearch.home")), properties.getProperty("elasticsearch.version"));
        distributions.requirePresent();
        return distributions;
    }

    private void requirePresent() {
        if (!Files.isRegularFile(mariaDbHome.resolve("bin/mariadbd"))) {
            throw new StackException("MariaDB " + mariaDbVersion + " is missing from " + mariaDbHome + ": " + REBUILD);
        }
        if (!Files.isRegularFile(elasticsearchHome.resolve("bin/elasticsearch"))) {
            throw new StackException("Elasticsearch " + elasticsearchVersion + " is missing from " + elasticsearchHome + ": " + REBUILD);
        }
    }
}
