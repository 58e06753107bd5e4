package dev.bridgehead.infra.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where everything of one embedded stack lives, below one data directory:
 * <pre>
 * data/
 *   .lock              held while a stack runs on this directory
 *   mariadb/           MariaDB's data files
 *   elasticsearch/     the node's config, data, logs and pid file
 *   logs/              console logs of both servers
 *   run/               sockets, pid files, temporary files
 * </pre>
 * When we run as root and the unprivileged user that must run Elasticsearch cannot enter the data
 * directory (a checkout under /root, say), the node's folder moves to a place it can enter, and
 * {@code data/elasticsearch.location} says where.
 */
final class StackLayout {

    static final Path RELOCATION_ROOT = Path.of("/var/lib/bridgehead");

    private final Path root;
    private Path elasticsearch;

    private StackLayout(Path root) {
        this.root = root;
        this.elasticsearch = root.resolve("elasticsearch");
    }

    static StackLayout at(Path dataDirectory) {
        Path root = dataDirectory.toAbsolutePath().normalize();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new StackException("The data directory " + root + " is a file, not a directory: choose another with -Dbridgehead.data-dir");
        }
        try {
            Files.createDirectories(root);
            StackLayout layout = new StackLayout(root);
            for (Path dir : new Path[] {layout.logs(), layout.run(), layout.mariaDbTmp()}) {
                Files.createDirectories(dir);
            }
            if (!Files.isWritable(root)) {
                throw new StackException("The data directory " + root + " is not writable by " + System.getProperty("user.name"));
            }
            return layout;
        } catch (IOException e) {
            throw new StackException("Cannot create the data directory " + root + ": " + e.getMessage(), e);
        }
    }

    Path root() {
        return root;
    }

    Path lockFile() {
        return root.resolve(".lock");
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path run() {
        return root.resolve("run");
    }

    Path mariaDbData() {
        return root.resolve("mariadb");
    }

    Path mariaDbTmp() {
        return run().resolve("mariadb-tmp");
    }

    Path mariaDbPidFile() {
        return run().resolve("mariadb.pid");
    }

    Path mariaDbSocket() {
        return run().resolve("mariadb.sock");
    }

    Path elasticsearch() {
        return elasticsearch;
    }

    Path elasticsearchPidFile() {
        return elasticsearch.resolve("elasticsearch.pid");
    }

    Path relocationNote() {
        return root.resolve("elasticsearch.location");
    }

    /** Where the Elasticsearch folder was the last time, relocated or not. */
    Path recordedElasticsearch() {
        try {
            if (Files.isRegularFile(relocationNote())) {
                return Path.of(Files.readString(relocationNote()).strip());
            }
        } catch (IOException e) {
            // An unreadable note: fall back to the default folder.
        }
        return root.resolve("elasticsearch");
    }

    /** Moves the Elasticsearch folder out of reach-less parents; the same data directory always maps to the same place. */
    void relocateElasticsearch() {
        try {
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(root.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16);
            elasticsearch = RELOCATION_ROOT.resolve("elasticsearch-" + digest);
            Files.createDirectories(elasticsearch);
            Files.writeString(relocationNote(), elasticsearch + System.lineSeparator());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new StackException("Cannot prepare " + RELOCATION_ROOT + " for Elasticsearch: " + e.getMessage(), e);
        }
    }
}
