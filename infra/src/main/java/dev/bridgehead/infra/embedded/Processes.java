package dev.bridgehead.infra.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Operating-system processes: finding them by pid file, and ending them. */
final class Processes {

    private Processes() {
    }

    /** The live process whose pid is in {@code pidFile} and whose command line mentions {@code owner}. */
    static Optional<ProcessHandle> fromPidFile(Path pidFile, Path owner) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            // A pid file can outlive its process and the pid be reused: only a process that names our directory is ours.
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> commandLine(pid).contains(owner.toString()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return ProcessHandle.of(pid).flatMap(p -> p.info().commandLine()).orElse("");
        }
    }

    /** Ends a process and everything it started: SIGTERM, then SIGKILL after {@code grace}. */
    static void terminateTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);
        terminate(tree, grace);
    }

    static void terminate(List<ProcessHandle> processes, Duration grace) {
        processes.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        while (System.nanoTime() < deadline && processes.stream().anyMatch(ProcessHandle::isAlive)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        processes.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
