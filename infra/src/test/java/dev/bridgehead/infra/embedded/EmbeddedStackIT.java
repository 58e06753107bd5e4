package dev.bridgehead.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.infra.testing.StackLeftovers;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStackIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    /** A failed test must not leave servers behind for the rest of the build, nor folders outside its own. */
    @AfterEach
    void cleanUp() throws IOException {
        StackLeftovers.cleanUp(temp.resolve("data"));
    }

    private StackSettings settings(Path data, boolean database, boolean elasticsearch) {
        return new StackSettings(data, "bridgehead", 0, 0, "256m", database, elasticsearch, "nobody");
    }

    @Test
    void a_second_start_on_the_same_data_directory_finds_what_the_first_wrote() throws Exception {
        Path data = temp.resolve("data");
        try (EmbeddedStack stack = EmbeddedStack.start(settings(data, true, true))) {
            sql(stack, "CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(100)) DEFAULT CHARSET = utf8mb4",
                    "INSERT INTO note VALUES (1, '临港 meets Singapore')");
            put(stack, "/notes/_doc/1?refresh=true", "{\"text\":\"临港 meets Singapore\"}");
        }
        try (EmbeddedStack stack = EmbeddedStack.start(settings(data, true, true))) {
            assertThat(query(stack, "SELECT text FROM note WHERE id = 1")).isEqualTo("临港 meets Singapore");
            assertThat(get(stack, "/notes/_doc/1")).contains("临港 meets Singapore");
        }
    }

    @Test
    void a_server_killed_with_sigkill_is_started_again_by_the_supervisor_with_its_data() throws Exception {
        Path data = temp.resolve("data");
        try (EmbeddedStack stack = EmbeddedStack.start(settings(data, true, true))) {
            sql(stack, "CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(100)) DEFAULT CHARSET = utf8mb4", "INSERT INTO note VALUES (1, 'kept')");
            put(stack, "/notes/_doc/1?refresh=true", "{\"text\":\"kept\"}");
            stack.supervise();

            stack.killForDrill("elasticsearch");
            stack.killForDrill("mariadb");

            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            while (System.nanoTime() < deadline && !(restarted(stack, "elasticsearch") && restarted(stack, "mariadb") && stack.elasticsearchHealthy())) {
                Thread.sleep(500);
            }
            assertThat(stack.supervision().get("elasticsearch").restarts()).isEqualTo(1);
            assertThat(stack.supervision().get("mariadb").restarts()).isEqualTo(1);
            assertThat(query(stack, "SELECT text FROM note WHERE id = 1")).isEqualTo("kept");
            assertThat(get(stack, "/notes/_doc/1")).contains("kept");
        }
    }

    private static boolean restarted(EmbeddedStack stack, String key) {
        EmbeddedStack.Supervised server = stack.supervision().get(key);
        return server != null && server.alive() && server.restarts() >= 1;
    }

    @Test
    void only_one_stack_runs_on_a_data_directory_at_a_time() {
        Path data = temp.resolve("data");
        try (EmbeddedStack first = EmbeddedStack.start(settings(data, false, false))) {
            assertThatThrownBy(() -> EmbeddedStack.start(settings(data, false, false)))
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining("already running on the data directory");
        }
    }

    @Test
    void a_busy_port_is_named_in_one_line_and_nothing_starts() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StackSettings settings = new StackSettings(temp.resolve("data"), "bridgehead", busy.getLocalPort(), 0, "256m", true, true, "nobody");
            assertThatThrownBy(() -> EmbeddedStack.start(settings))
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining("Port " + busy.getLocalPort() + " for MariaDB is already in use")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
        assertThat(runningServersOf(temp.resolve("data"))).isEmpty();
    }

    @Test
    void a_damaged_database_directory_is_reported_not_overwritten() throws IOException {
        Path data = temp.resolve("data");
        Files.createDirectories(data.resolve("mariadb"));
        Files.writeString(data.resolve("mariadb/ibdata1"), "not a tablespace");
        assertThatThrownBy(() -> EmbeddedStack.start(settings(data, true, false)))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("looks damaged");
        assertThat(data.resolve("mariadb/ibdata1")).hasContent("not a tablespace");
    }

    @Test
    void an_elasticsearch_that_cannot_start_fails_the_start_and_leaves_nothing_running() {
        Path data = temp.resolve("data");
        StackSettings settings = new StackSettings(data, "bridgehead", 0, 0, "1k", true, true, "nobody");
        assertThatThrownBy(() -> EmbeddedStack.start(settings))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("Elasticsearch");
        assertThat(runningServersOf(data)).isEmpty();
    }

    @Test
    void servers_left_behind_by_a_killed_application_are_stopped_by_the_next_start() throws Exception {
        Path data = temp.resolve("data");
        Process orphanMaker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StackHolder.class.getName(), data.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("holder.log").toFile()).start();
        awaitLine(temp.resolve("holder.log"), StackHolder.READY, orphanMaker);
        List<ProcessHandle> servers = runningServersOf(data);
        assertThat(servers).isNotEmpty();

        orphanMaker.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertThat(servers).allMatch(ProcessHandle::isAlive);

        try (EmbeddedStack stack = EmbeddedStack.start(settings(data, true, true))) {
            assertThat(servers).noneMatch(ProcessHandle::isAlive);
            assertThat(stack.elasticsearchHealthy()).isTrue();
        }
        assertThat(runningServersOf(data)).isEmpty();
    }

    private static List<ProcessHandle> runningServersOf(Path data) {
        return StackLeftovers.servers(data);
    }

    private static void awaitLine(Path log, String line, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            assertThat(process.isAlive()).as("stack holder alive; log: %s", Files.exists(log) ? Files.readString(log) : "").isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("No '" + line + "' in " + log);
    }

    private static void sql(EmbeddedStack stack, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl().orElseThrow(), "root", "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String query(EmbeddedStack stack, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl().orElseThrow(), "root", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private String put(EmbeddedStack stack, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.elasticsearchHttpHost().orElseThrow() + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return response.body();
    }

    private String get(EmbeddedStack stack, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.elasticsearchHttpHost().orElseThrow() + path)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
