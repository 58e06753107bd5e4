package dev.bridgehead.infra.testing;

import dev.bridgehead.infra.embedded.EmbeddedStack;
import dev.bridgehead.infra.embedded.StackSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * Runs the build's test stack in a process of its own, so it outlives each module's test JVM,
 * until the Maven process that owns it ends. Commands on its loopback control port, one per line:
 * {@code ping}, {@code stop-elasticsearch}, {@code start-elasticsearch}, {@code freeze-elasticsearch},
 * {@code thaw-elasticsearch}, {@code shutdown}.
 */
public final class TestStackDaemon {

    private final EmbeddedStack stack;
    private final CountDownLatch shutdown = new CountDownLatch(1);

    private TestStackDaemon(EmbeddedStack stack) {
        this.stack = stack;
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        long ownerPid = Long.parseLong(args[1]);
        Path data = directory.resolve("data");
        // Every build starts from empty servers, wherever an earlier build's Elasticsearch folder went.
        Path relocationNote = data.resolve("elasticsearch.location");
        if (Files.isRegularFile(relocationNote)) {
            deleteTree(Path.of(Files.readString(relocationNote).strip()));
        }
        deleteTree(data);
        StackSettings settings = new StackSettings(data, "bridgehead_test", 0, 0, "512m", true, true, "nobody");
        try (EmbeddedStack stack = EmbeddedStack.start(settings); ServerSocket control = new ServerSocket(0, 16, InetAddress.getLoopbackAddress())) {
            TestStackDaemon daemon = new TestStackDaemon(stack);
            Thread server = new Thread(() -> daemon.serve(control), "test-stack-control");
            server.setDaemon(true);
            server.start();
            ProcessHandle.of(ownerPid).ifPresentOrElse(
                    owner -> owner.onExit().thenRun(daemon.shutdown::countDown),
                    daemon.shutdown::countDown);
            new TestStackState(ownerPid, ProcessHandle.current().pid(), control.getLocalPort(),
                    stack.jdbcUrl("{database}").orElseThrow(), stack.elasticsearchHttpHost().orElseThrow()).write(directory);
            System.out.println("Test stack ready for Maven process " + ownerPid);
            daemon.shutdown.await();
            Files.deleteIfExists(TestStackState.file(directory));
        }
        System.out.println("Test stack stopped");
        System.exit(0);
    }

    private void serve(ServerSocket control) {
        while (!control.isClosed()) {
            try (Socket client = control.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8)) {
                String command = in.readLine();
                out.println(handle(command == null ? "" : command.strip()));
            } catch (IOException | RuntimeException e) {
                if (control.isClosed()) {
                    return;
                }
                System.err.println("Test stack control: " + e.getMessage());
            }
        }
    }

    private String handle(String command) {
        switch (command) {
            case "ping" -> {
                return "ok";
            }
            case "stop-elasticsearch" -> stack.stopElasticsearch();
            case "start-elasticsearch" -> stack.restartElasticsearch();
            case "freeze-elasticsearch" -> stack.freezeElasticsearch();
            case "thaw-elasticsearch" -> stack.thawElasticsearch();
            case "shutdown" -> shutdown.countDown();
            default -> {
                return "unknown command: " + command;
            }
        }
        return "ok";
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
