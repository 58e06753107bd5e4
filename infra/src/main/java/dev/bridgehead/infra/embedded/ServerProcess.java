package dev.bridgehead.infra.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A server we started as a child process, its console going to a log file. Stopping it stops its
 * whole process tree: first politely (SIGTERM), then by force.
 */
final class ServerProcess {

    private static final Duration POLL = Duration.ofMillis(200);

    private final String name;
    private final Process process;
    private final Path consoleLog;

    private ServerProcess(String name, Process process, Path consoleLog) {
        this.name = name;
        this.process = process;
        this.consoleLog = consoleLog;
    }

    static ServerProcess start(String name, List<String> command, Map<String, String> environment, Path workingDirectory, Path consoleLog) {
        try {
            Files.createDirectories(consoleLog.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(consoleLog.toFile());
            builder.environment().putAll(environment);
            return new ServerProcess(name, builder.start(), consoleLog);
        } catch (IOException e) {
            throw new StackException(name + " could not be launched: " + e.getMessage(), e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits until {@code ready} holds, failing with the server's own last error line when the
     * process dies first or the time runs out.
     */
    void awaitReady(BooleanSupplier ready, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new StackException(name + " exited during start-up (code " + process.exitValue() + "): " + lastErrorLine()
                        + " (full log: " + consoleLog + ")");
            }
            if (ready.getAsBoolean()) {
                return;
            }
            sleep(POLL);
        }
        stop(Duration.ofSeconds(10));
        throw new StackException(name + " did not become ready within " + timeout.toSeconds() + " s: " + lastErrorLine()
                + " (full log: " + consoleLog + ")");
    }

    /** For a command that runs to its end: fails with its last error line unless it exits with 0 in time. */
    void awaitSuccess(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(Duration.ofSeconds(5));
                throw new StackException(name + " did not finish within " + timeout.toSeconds() + " s (full log: " + consoleLog + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for " + name, e);
        }
        if (process.exitValue() != 0) {
            throw new StackException(name + " failed (code " + process.exitValue() + "): " + lastErrorLine() + " (full log: " + consoleLog + ")");
        }
    }

    /** Stops the process tree; children first so that a launcher script cannot leave its server behind. */
    void stop(Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        Processes.terminate(tree, grace);
        try {
            process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last line of the console log that looks like an error, else the last line. */
    String lastErrorLine() {
        List<String> lines = consoleLines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.contains("ERROR") || line.contains("Exception") || line.contains("[ERROR]") || line.startsWith("Error")) {
                return line.strip();
            }
        }
        return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1).strip();
    }

    boolean consoleContains(String marker) {
        return consoleLines().stream().anyMatch(line -> line.contains(marker));
    }

    private List<String> consoleLines() {
        try {
            return Files.exists(consoleLog)
                    ? new String(Files.readAllBytes(consoleLog), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList()
                    : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for the embedded stack", e);
        }
    }
}
