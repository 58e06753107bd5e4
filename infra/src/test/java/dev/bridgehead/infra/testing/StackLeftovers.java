package dev.bridgehead.infra.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * For tests that run stacks of their own: the MariaDB and Elasticsearch processes working on a
 * data directory, wherever its Elasticsearch folder went, and the clean-up after them.
 */
public final class StackLeftovers {

    private StackLeftovers() {
    }

    public static List<ProcessHandle> servers(Path dataDirectory) {
        String data = dataDirectory.toAbsolutePath().toString();
        String relocated = read(dataDirectory.resolve("elasticsearch.location"));
        return ProcessHandle.allProcesses()
                .filter(process -> {
                    String command = commandLine(process.pid());
                    boolean server = command.contains("mariadbd") || command.contains("org.elasticsearch");
                    return server && (command.contains(data) || (!relocated.isEmpty() && command.contains(relocated)));
                })
                .toList();
    }

    /** Kills what still runs on the data directory and deletes an Elasticsearch folder relocated out of it. */
    public static void cleanUp(Path dataDirectory) throws IOException {
        servers(dataDirectory).forEach(ProcessHandle::destroyForcibly);
        String relocated = read(dataDirectory.resolve("elasticsearch.location"));
        if (!relocated.isEmpty()) {
            try (Stream<Path> paths = Files.walk(Path.of(relocated))) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }
}
