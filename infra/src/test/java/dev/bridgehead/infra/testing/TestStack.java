package dev.bridgehead.infra.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The build's shared MariaDB and Elasticsearch, as seen from a test JVM. The first JVM of a build
 * starts the {@link TestStackDaemon}; later ones (other modules) find it through its state file.
 */
public final class TestStack {

    public static final String DIRECTORY_PROPERTY = "bridgehead.test-stack.dir";
    public static final String DATABASE_PROPERTY = "bridgehead.test-stack.database";
    public static final String INDEX_PREFIX_PROPERTY = "bridgehead.test-stack.index-prefix";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static TestStack shared;

    private final Path directory;
    private final TestStackState state;

    private TestStack(Path directory, TestStackState state) {
        this.directory = directory;
        this.state = state;
    }

    /** The build's stack, started on first use. Only integration-test JVMs (Failsafe) have the directory property. */
    public static synchronized TestStack shared() {
        if (shared == null) {
            String directory = System.getProperty(DIRECTORY_PROPERTY);
            if (directory == null) {
                throw new IllegalStateException("No " + DIRECTORY_PROPERTY + ": integration tests (*IT) run with './mvnw verify', not as unit tests");
            }
            shared = connect(Path.of(directory).toAbsolutePath());
        }
        return shared;
    }

    public String jdbcUrl(String database) {
        return state.jdbcUrl(database);
    }

    public String elasticsearchHttpHost() {
        return state.elasticsearchHttpHost();
    }

    /** Stops the shared Elasticsearch node (MariaDB stays up) until {@link #startElasticsearch()}. */
    public void stopElasticsearch() {
        command(state, "stop-elasticsearch", Duration.ofMinutes(1));
    }

    /** Freezes the shared Elasticsearch node (SIGSTOP: connections accepted, nothing answered) until {@link #thawElasticsearch()}. */
    public void freezeElasticsearch() {
        command(state, "freeze-elasticsearch", Duration.ofMinutes(1));
    }

    public void thawElasticsearch() {
        command(state, "thaw-elasticsearch", Duration.ofMinutes(1));
    }

    /** Starts the shared Elasticsearch node again, on the same port and data, and waits until it is healthy. */
    public void startElasticsearch() {
        command(state, "start-elasticsearch", Duration.ofMinutes(3));
    }

    private static TestStack connect(Path directory) {
        long owner = mavenProcess().pid();
        try {
            Files.createDirectories(directory);
            try (FileChannel channel = FileChannel.open(directory.resolve(".connect.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                Optional<TestStackState> recorded = TestStackState.read(directory);
                Optional<TestStackState> running = recorded.filter(state -> state.ownerPid() == owner && alive(state));
                if (running.isEmpty()) {
                    System.err.println("Starting the build's test stack for Maven process " + owner
                            + recorded.map(state -> " (found one of process " + state.ownerPid() + ", daemon " + state.daemonPid() + ")").orElse(""));
                }
                return new TestStack(directory, running.orElseGet(() -> startDaemon(directory, owner)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare the test stack in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * The Maven process running this build: Failsafe forks test JVMs through a shell, so it is the
     * nearest ancestor running Maven's launcher (plexus-classworlds), else the parent.
     */
    private static ProcessHandle mavenProcess() {
        ProcessHandle parent = ProcessHandle.current().parent()
                .orElseThrow(() -> new IllegalStateException("A test JVM without a parent process"));
        for (ProcessHandle ancestor = parent; ancestor != null; ancestor = ancestor.parent().orElse(null)) {
            String command = ancestor.info().commandLine().orElse("");
            if (command.contains("classworlds")) {
                return ancestor;
            }
        }
        return parent;
    }

    private static TestStackState startDaemon(Path directory, long owner) {
        TestStackState.read(directory).filter(TestStack::alive).ifPresent(stale -> {
            command(stale, "shutdown", Duration.ofSeconds(30));
            // Its servers must be gone before the new daemon empties their directories.
            ProcessHandle.of(stale.daemonPid()).ifPresent(daemon -> daemon.onExit().orTimeout(90, java.util.concurrent.TimeUnit.SECONDS).join());
        });
        Path log = directory.resolve("daemon.log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", classpath(), TestStackDaemon.class.getName(), directory.toString(), Long.toString(owner));
        try {
            Files.deleteIfExists(TestStackState.file(directory));
            Process daemon = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                Optional<TestStackState> state = TestStackState.read(directory).filter(s -> s.ownerPid() == owner);
                if (state.isPresent()) {
                    return state.get();
                }
                if (!daemon.isAlive()) {
                    throw new IllegalStateException("The test stack did not start: " + lastLines(log));
                }
                Thread.sleep(250);
            }
            daemon.destroy();
            throw new IllegalStateException("The test stack did not start within " + START_TIMEOUT.toSeconds() + " s: " + lastLines(log));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot launch the test stack: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the test stack", e);
        }
    }

    private static boolean alive(TestStackState state) {
        return ProcessHandle.of(state.daemonPid()).map(ProcessHandle::isAlive).orElse(false) && "ok".equals(send(state, "ping", Duration.ofSeconds(5)));
    }

    private static void command(TestStackState state, String command, Duration timeout) {
        String reply = send(state, command, timeout);
        if (!"ok".equals(reply)) {
            throw new IllegalStateException("The test stack did not do '" + command + "': " + reply);
        }
    }

    private static String send(TestStackState state, String command, Duration timeout) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), state.controlPort())) {
            socket.setSoTimeout((int) timeout.toMillis());
            PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
            out.println(command);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String reply = in.readLine();
            return reply == null ? "no reply" : reply;
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** The test JVM's classpath as real paths: Failsafe may hand us only a manifest jar that lists them. */
    private static String classpath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            entries.add(entry);
            entries.addAll(manifestClassPath(Path.of(entry)));
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static List<String> manifestClassPath(Path jar) {
        if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar)) {
            return List.of();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return List.of();
            }
            List<String> paths = new ArrayList<>();
            for (String url : classPath.trim().split("\\s+")) {
                URI uri = jar.toUri().resolve(url);
                paths.add(Path.of(uri).toString());
            }
            return paths;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static String lastLines(Path log) {
        try (InputStream in = Files.newInputStream(log)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
