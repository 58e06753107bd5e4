package dev.bridgehead.infra.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** For tests: the MariaDB and Elasticsearch processes working on a data directory, wherever its Elasticsearch folder went. */
public final class ServerProcesses {

    private ServerProcesses() {
    }

    public static List<ProcessHandle> using(Path dataDirectory) {
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
