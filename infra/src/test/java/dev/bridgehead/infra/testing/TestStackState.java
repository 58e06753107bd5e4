package dev.bridgehead.infra.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/** What a running test-stack daemon publishes about itself, in {@code <dir>/state.properties}. */
record TestStackState(long ownerPid, long daemonPid, int controlPort, String jdbcBase, String elasticsearchHttpHost) {

    static Path file(Path directory) {
        return directory.resolve("state.properties");
    }

    static Optional<TestStackState> read(Path directory) {
        Path file = file(directory);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
            return Optional.of(new TestStackState(
                    Long.parseLong(properties.getProperty("ownerPid")),
                    Long.parseLong(properties.getProperty("daemonPid")),
                    Integer.parseInt(properties.getProperty("controlPort")),
                    properties.getProperty("jdbcBase"),
                    properties.getProperty("elasticsearchHttpHost")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void write(Path directory) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("ownerPid", Long.toString(ownerPid));
        properties.setProperty("daemonPid", Long.toString(daemonPid));
        properties.setProperty("controlPort", Integer.toString(controlPort));
        properties.setProperty("jdbcBase", jdbcBase);
        properties.setProperty("elasticsearchHttpHost", elasticsearchHttpHost);
        Path temporary = directory.resolve("state.properties.tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            properties.store(out, "Bridgehead integration-test stack");
        }
        Files.move(temporary, file(directory), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A JDBC URL for one database on the shared server. */
    String jdbcUrl(String database) {
        return jdbcBase.replace("{database}", database);
    }
}
