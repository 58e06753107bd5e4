package dev.bridgehead.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import dev.bridgehead.infra.testing.StackLeftovers;
import dev.bridgehead.infra.testing.TestStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command as a person runs it: {@code java -jar web/target/bridgehead.jar},
 * on the embedded default, in its own data directory.
 */
class LauncherIT {

    private static final Path JAR = Path.of("target", "bridgehead.jar").toAbsolutePath();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> launched = new ArrayList<>();

    @TempDir
    Path temp;

    @AfterEach
    void stopEverything() throws InterruptedException, IOException {
        for (Process process : launched) {
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
        }
        StackLeftovers.cleanUp(temp.resolve("data"));
    }

    @Test
    void a_busy_web_port_is_reported_in_one_line_and_the_command_fails_without_starting_anything() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process app = launch(busy.getLocalPort(), temp.resolve("data"));

            assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(app.exitValue()).isEqualTo(1);
            List<String> errors = stderr(app);
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0)).startsWith("bridgehead: Port " + busy.getLocalPort() + " for the web server is already in use");
        }
        assertThat(serversUsing(temp.resolve("data"))).isEmpty();
    }

    @Test
    void an_elasticsearch_that_cannot_start_fails_the_command_in_one_line_and_leaves_no_server_behind() throws Exception {
        Process app = launch(freePort(), temp.resolve("data"), "-Dbridgehead.embedded.elasticsearch-heap=1k");

        assertThat(app.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(app.exitValue()).isEqualTo(1);
        List<String> errors = stderr(app);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).startsWith("bridgehead: Elasticsearch");
        assertThat(serversUsing(temp.resolve("data"))).isEmpty();
    }

    @Test
    void servers_of_a_killed_application_are_reaped_on_the_next_start_and_a_stop_leaves_nothing() throws Exception {
        Path data = temp.resolve("data");
        int port = freePort();
        Process first = launch(port, data);
        awaitHealthy(port, first);
        List<ProcessHandle> children = serversUsing(data);
        assertThat(children).isNotEmpty();

        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(children).as("servers outlive a killed application").allMatch(ProcessHandle::isAlive);

        Process second = launch(port, data);
        awaitHealthy(port, second);
        assertThat(children).as("the next start stopped the strays").noneMatch(ProcessHandle::isAlive);
        assertThat(home(port)).contains("Bridgehead");

        second.destroy();
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(serversUsing(data)).as("a normal stop stops both servers").isEmpty();
    }

    @Test
    void with_an_external_mysql_and_elasticsearch_configured_it_starts_no_server_of_its_own() throws Exception {
        Path data = temp.resolve("data");
        int port = freePort();
        Map<String, String> external = Map.of(
                "DATASOURCES_DEFAULT_URL", TestStack.shared().jdbcUrl("bridgehead_launcher_external"),
                "DATASOURCES_DEFAULT_USERNAME", "root",
                "ELASTICSEARCH_HTTP_HOSTS", TestStack.shared().elasticsearchHttpHost(),
                "BRIDGEHEAD_SECRET", "launcher-test-secret-of-at-least-32-characters");
        Process app = launch(port, data, external);
        awaitHealthy(port, app);

        assertThat(StackLeftovers.servers(data)).isEmpty();
        assertThat(Files.exists(data.resolve("mariadb"))).isFalse();
        assertThat(home(port)).contains("Bridgehead");
    }

    @Test
    void the_index_commands_rebuild_and_check_the_index_of_the_configured_stores() throws Exception {
        Map<String, String> external = Map.of(
                "DATASOURCES_DEFAULT_URL", TestStack.shared().jdbcUrl("bridgehead_launcher_commands"),
                "DATASOURCES_DEFAULT_USERNAME", "root",
                "ELASTICSEARCH_HTTP_HOSTS", TestStack.shared().elasticsearchHttpHost(),
                "BRIDGEHEAD_SEARCH_INDEX_PREFIX", "launcher-commands-");

        Process reindex = command(external, "reindex");
        assertThat(reindex.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(reindex.exitValue()).as(stdout(reindex)).isZero();
        assertThat(stdout(reindex)).contains("Rebuilt the search index from MySQL: 0 listings");

        Process check = command(external, "check-index");
        assertThat(check.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(stdout(check)).isZero();
        assertThat(stdout(check)).contains("Searchable in MySQL: 0, in the index: 0").contains("Consistent.");
    }

    private Process command(Map<String, String> environment, String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-jar", JAR.toString(), name)
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("stdout-" + launched.size() + ".log").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("DATASOURCES_") || key.startsWith("ELASTICSEARCH_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        launched.add(process);
        return process;
    }

    private String stdout(Process process) throws IOException {
        return Files.readString(temp.resolve("stdout-" + launched.indexOf(process) + ".log"), StandardCharsets.UTF_8);
    }

    private Process launch(int port, Path data, String... options) throws IOException {
        return launch(port, data, Map.of(), options);
    }

    private Process launch(int port, Path data, Map<String, String> environment, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-Dmicronaut.server.port=" + port, "-Dbridgehead.data-dir=" + data, "-Dbridgehead.embedded.elasticsearch-heap=256m"));
        command.addAll(List.of(options));
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(temp.resolve("stdout-" + launched.size() + ".log").toFile())
                .redirectError(temp.resolve("stderr-" + launched.size() + ".log").toFile());
        // The test JVM's own stack settings must not leak into the application under test.
        builder.environment().keySet().removeIf(key -> key.startsWith("DATASOURCES_") || key.startsWith("ELASTICSEARCH_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        launched.add(process);
        return process;
    }

    private List<String> stderr(Process process) throws IOException {
        Path log = temp.resolve("stderr-" + launched.indexOf(process) + ".log");
        return Files.readString(log, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
    }

    private void awaitHealthy(int port, Process app) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("application alive; stderr: %s", stderr(app)).isTrue();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not healthy in time");
    }

    private String home(int port) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static List<ProcessHandle> serversUsing(Path data) {
        return StackLeftovers.servers(data);
    }
}
