package dev.bridgehead.infra.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A single-node Elasticsearch (the integ-test-zip distribution from Maven Central) on loopback
 * ports, its config, data and logs in the layout's Elasticsearch folder. As root it runs as an
 * unprivileged user, since Elasticsearch refuses root.
 */
final class ElasticsearchNode {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final String COPY_COMPLETE = ".copy-complete";

    private final Distributions distributions;
    private final StackLayout layout;
    private final int httpPort;
    private final String heap;
    private final Optional<UnprivilegedUser> runAs;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private ServerProcess process;

    ElasticsearchNode(Distributions distributions, StackLayout layout, int httpPort, String heap, Optional<UnprivilegedUser> runAs) {
        this.distributions = distributions;
        this.layout = layout;
        this.httpPort = httpPort;
        this.heap = heap;
        this.runAs = runAs;
    }

    int httpPort() {
        return httpPort;
    }

    String httpHost() {
        return "http://127.0.0.1:" + httpPort;
    }

    void start() {
        Path home = distributions.elasticsearchHome();
        if (runAs.isPresent()) {
            UnprivilegedUser user = runAs.get();
            if (!user.canEnter(layout.root())) {
                layout.relocateElasticsearch();
            }
            if (!user.canEnter(home.resolve("lib"))) {
                home = copyWhereReadable(home);
            }
        }
        Path node = layout.elasticsearch();
        Path config = writeConfig(home, node);
        runAs.ifPresent(user -> user.own(node));

        List<String> command = new ArrayList<>(List.of(home.resolve("bin/elasticsearch").toString(), "-p", layout.elasticsearchPidFile().toString()));
        if (runAs.isPresent()) {
            command = runAs.get().wrap(command);
        }
        Map<String, String> environment = Map.of(
                "ES_JAVA_HOME", System.getProperty("java.home"),
                "ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap,
                "ES_PATH_CONF", config.toString(),
                "ES_TMPDIR", node.resolve("tmp").toString(),
                "HOME", node.toString());
        process = ServerProcess.start("Elasticsearch", command, environment, node, layout.logs().resolve("elasticsearch.log"));
        process.awaitReady(this::isHealthy, START_TIMEOUT);
    }

    /** Whether the server's process is running (it may still be starting). */
    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The server's process, for drills that kill it. */
    java.util.Optional<ProcessHandle> processHandle() {
        return process == null ? java.util.Optional.empty() : ProcessHandle.of(process.pid());
    }

    void stop() {
        if (process != null && process.isAlive()) {
            process.stop(STOP_GRACE);
        }
    }

    /** Whether the cluster answers with a green or yellow health. */
    boolean isHealthy() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(httpHost() + "/_cluster/health"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Path writeConfig(Path home, Path node) {
        Path config = node.resolve("config");
        try {
            for (String dir : List.of("config", "data", "logs", "tmp")) {
                Files.createDirectories(node.resolve(dir));
            }
            // Keep the distribution's jvm.options and log4j2 settings; our own elasticsearch.yml is written on every start.
            copyTree(home.resolve("config"), config, false);
            Files.writeString(config.resolve("elasticsearch.yml"), String.join(System.lineSeparator(),
                    "cluster.name: bridgehead-embedded",
                    "node.name: bridgehead-embedded",
                    "discovery.type: single-node",
                    "network.host: 127.0.0.1",
                    "http.port: " + httpPort,
                    "transport.port: " + LoopbackPorts.free(),
                    "path.data: " + node.resolve("data"),
                    "path.logs: " + node.resolve("logs"),
                    "xpack.security.enabled: false",
                    "cluster.routing.allocation.disk.threshold_enabled: false",
                    ""));
            return config;
        } catch (IOException e) {
            throw new StackException("Cannot write the Elasticsearch configuration in " + config + ": " + e.getMessage(), e);
        }
    }

    /** The unprivileged user cannot read the build's copy (a checkout under /root): give it one of its own, once. */
    private Path copyWhereReadable(Path home) {
        Path copy = StackLayout.RELOCATION_ROOT.resolve(home.getFileName());
        if (!Files.exists(copy.resolve(COPY_COMPLETE))) {
            copyTree(home, copy, true);
            try {
                Files.createFile(copy.resolve(COPY_COMPLETE));
            } catch (IOException e) {
                throw new StackException("Cannot copy Elasticsearch to " + copy + ": " + e.getMessage(), e);
            }
        }
        return copy;
    }

    private static void copyTree(Path from, Path to, boolean overwrite) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (overwrite || !Files.exists(target)) {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new StackException("Cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    /**
     * Sends a signal to the node's processes (the launcher and the server JVM it started):
     * {@code STOP} freezes it as a hung JVM or a network black hole would (connections are
     * accepted, nothing is answered), {@code CONT} thaws it.
     */
    void signal(String signal) {
        if (process == null) {
            return;
        }
        java.util.List<Long> pids = new java.util.ArrayList<>();
        ProcessHandle.of(process.pid()).ifPresent(root -> {
            pids.add(root.pid());
            root.descendants().forEach(child -> pids.add(child.pid()));
        });
        for (Long pid : pids) {
            try {
                Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true).start();
                kill.getInputStream().readAllBytes();
                kill.waitFor();
            } catch (java.io.IOException e) {
                throw new StackException("Cannot send " + signal + " to Elasticsearch: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
