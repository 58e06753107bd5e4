package dev.bridgehead.infra.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: a MariaDB server and an Elasticsearch node under one data directory,
 * started together and stopped together. Only one stack runs on a data directory at a time; a
 * stack that finds servers left behind by a killed predecessor ends them before it starts.
 */
public final class EmbeddedStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStack.class);

    private final StackSettings settings;
    private final StackLayout layout;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private MariaDbServer mariaDb;
    private ElasticsearchNode elasticsearch;
    private volatile boolean elasticsearchWanted = true;
    private final Map<String, Supervised> supervised = new java.util.concurrent.ConcurrentHashMap<>();
    private java.util.concurrent.ScheduledExecutorService supervisor;

    /** What the supervisor knows of one server: how often it was restarted, and when it may be tried again. */
    public record Supervised(String name, boolean alive, int restarts, java.time.Instant lastRestart, String lastProblem) {
    }

    static final Duration SUPERVISION_POLL = Duration.ofSeconds(2);
    static final Duration LONGEST_BACKOFF = Duration.ofMinutes(1);

    private EmbeddedStack(StackSettings settings, StackLayout layout, FileChannel lockChannel, FileLock lock) {
        this.settings = settings;
        this.layout = layout;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Starts what {@code settings} ask for. On failure nothing is left running and the
     * {@link StackException} says why in one line.
     */
    public static EmbeddedStack start(StackSettings settings) {
        StackLayout layout = StackLayout.at(settings.dataDirectory());
        EmbeddedStack stack = lock(settings, layout);
        try {
            stack.reapStrays();
            stack.startServers();
            stack.publishConnection();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private static EmbeddedStack lock(StackSettings settings, StackLayout layout) {
        try {
            FileChannel channel = FileChannel.open(layout.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new StackException("Another Bridgehead is already running on the data directory " + layout.root()
                        + ": stop it first, or choose another directory with -D" + StackSettings.DATA_DIR);
            }
            return new EmbeddedStack(settings, layout, channel, lock);
        } catch (IOException e) {
            throw new StackException("Cannot lock the data directory " + layout.root() + ": " + e.getMessage(), e);
        }
    }

    /** Null when another process, or another stack in this one, holds the lock. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** The lock is ours, so any server recorded in the data directory belongs to a stack that died without stopping it. */
    private void reapStrays() {
        Path elasticsearchDir = layout.recordedElasticsearch();
        reap("MariaDB", layout.mariaDbPidFile(), layout.mariaDbData());
        reap("Elasticsearch", elasticsearchDir.resolve("elasticsearch.pid"), elasticsearchDir);
    }

    private static void reap(String name, Path pidFile, Path owner) {
        Processes.fromPidFile(pidFile, owner).ifPresent(stray -> {
            LOG.warn("Stopping a {} server (pid {}) left running by an earlier start that did not shut down", name, stray.pid());
            Processes.terminateTree(stray, Duration.ofSeconds(30));
        });
    }

    /** Where a running stack tells other processes (the command-line tools) how to reach its servers. */
    static java.nio.file.Path connectionFile(StackLayout layout) {
        return layout.run().resolve("stack.properties");
    }

    /**
     * The connection settings of the stack already running on {@code settings}' data directory,
     * for a command run beside the application; empty when no stack runs there.
     */
    public static Optional<Map<String, Object>> attach(StackSettings settings) {
        StackLayout layout = StackLayout.at(settings.dataDirectory());
        try (FileChannel channel = FileChannel.open(layout.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock free = tryLock(channel);
            if (free != null) {
                free.release();
                return Optional.empty();
            }
            java.util.Properties properties = new java.util.Properties();
            try (var in = Files.newInputStream(connectionFile(layout))) {
                properties.load(in);
            }
            Map<String, Object> connection = new LinkedHashMap<>();
            properties.forEach((key, value) -> connection.put(key.toString(), value));
            return Optional.of(connection);
        } catch (IOException e) {
            throw new StackException("Cannot reach the running Bridgehead's servers through " + connectionFile(layout) + ": " + e.getMessage(), e);
        }
    }

    private void publishConnection() {
        java.util.Properties properties = new java.util.Properties();
        connectionProperties().forEach((key, value) -> properties.setProperty(key, value.toString()));
        try (var out = Files.newOutputStream(connectionFile(layout))) {
            properties.store(out, "How to reach this data directory's running servers");
        } catch (IOException e) {
            throw new StackException("Cannot write " + connectionFile(layout) + ": " + e.getMessage(), e);
        }
    }

    private void startServers() {
        Distributions distributions = Distributions.fromBuild();
        if (settings.startDatabase()) {
            int port = LoopbackPorts.requireFree(settings.mariaDbPort(), "MariaDB");
            mariaDb = new MariaDbServer(distributions.mariaDbHome(), layout, port);
            LOG.info("Starting MariaDB {} on 127.0.0.1:{} (data in {})", distributions.mariaDbVersion(), port, layout.mariaDbData());
            mariaDb.start();
        }
        if (settings.startElasticsearch()) {
            int port = LoopbackPorts.requireFree(settings.elasticsearchPort(), "Elasticsearch");
            Optional<UnprivilegedUser> runAs = UnprivilegedUser.runningAsRoot()
                    ? Optional.of(new UnprivilegedUser(settings.unprivilegedUser(), "nogroup"))
                    : Optional.empty();
            elasticsearch = new ElasticsearchNode(distributions, layout, port, settings.elasticsearchHeap(), runAs);
            LOG.info("Starting Elasticsearch {} on 127.0.0.1:{}{}", distributions.elasticsearchVersion(), port,
                    runAs.map(u -> " as user '" + u.name() + "'").orElse(""));
            elasticsearch.start();
        }
    }

    public Path dataDirectory() {
        return layout.root();
    }

    public Optional<String> jdbcUrl() {
        return Optional.ofNullable(mariaDb).map(db -> db.jdbcUrl(settings.database()));
    }

    /** A JDBC URL of another database on the same server, for test isolation. */
    public Optional<String> jdbcUrl(String database) {
        return Optional.ofNullable(mariaDb).map(db -> db.jdbcUrl(database));
    }

    public Optional<String> elasticsearchHttpHost() {
        return Optional.ofNullable(elasticsearch).map(ElasticsearchNode::httpHost);
    }

    /** Whether the Elasticsearch node answers healthy right now. */
    public boolean elasticsearchHealthy() {
        return elasticsearch != null && elasticsearch.isHealthy();
    }

    /** The Micronaut settings that point the application at what this stack started. */
    public Map<String, Object> connectionProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        jdbcUrl().ifPresent(url -> {
            properties.put("datasources.default.url", url);
            properties.put("datasources.default.username", "root");
            properties.put("datasources.default.password", "");
        });
        elasticsearchHttpHost().ifPresent(host -> properties.put("elasticsearch.http-hosts", host));
        return properties;
    }

    /**
     * A random secret kept in the data directory (readable by its owner only), so that sessions
     * and tokens signed with it survive a restart of the embedded default.
     */
    public String applicationSecret() {
        Path file = layout.root().resolve("secret");
        try {
            if (Files.isRegularFile(file)) {
                String secret = Files.readString(file).strip();
                if (secret.length() >= 32) {
                    return secret;
                }
            }
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, secret);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return secret;
        } catch (IOException | UnsupportedOperationException e) {
            throw new StackException("Cannot keep the application secret in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Stops Elasticsearch only, leaving MariaDB up: for outage drills and tests. The supervisor leaves it stopped. */
    public void stopElasticsearch() {
        elasticsearchWanted = false;
        if (elasticsearch != null) {
            elasticsearch.stop();
        }
    }

    /** Freezes Elasticsearch (SIGSTOP): it keeps its connections and answers nothing, until {@link #thawElasticsearch()}. */
    public void freezeElasticsearch() {
        if (elasticsearch != null) {
            elasticsearch.signal("STOP");
        }
    }

    /** Lets a frozen Elasticsearch run on (SIGCONT). */
    public void thawElasticsearch() {
        if (elasticsearch != null) {
            elasticsearch.signal("CONT");
        }
    }

    /** Starts Elasticsearch again on the same port and data after {@link #stopElasticsearch()}. */
    public void restartElasticsearch() {
        if (elasticsearch != null) {
            elasticsearch.start();
        }
        elasticsearchWanted = true;
    }

    /**
     * Watches the servers from now on: one that dies (killed, crashed) is started again on the same
     * port and data, after a wait that doubles with each restart in a row (1 s, 2 s … at most a
     * minute), and the log says so. Servers stopped on purpose ({@link #stopElasticsearch()}) are
     * left alone.
     */
    public synchronized void supervise() {
        if (supervisor != null) {
            return;
        }
        supervisor = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-stack-supervisor");
            thread.setDaemon(true);
            return thread;
        });
        if (mariaDb != null) {
            supervised.put("mariadb", new Supervised("MariaDB", true, 0, null, null));
        }
        if (elasticsearch != null) {
            supervised.put("elasticsearch", new Supervised("Elasticsearch", true, 0, null, null));
        }
        supervisor.scheduleWithFixedDelay(this::checkServers, SUPERVISION_POLL.toMillis(), SUPERVISION_POLL.toMillis(),
                java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Kills a server with SIGKILL, as a crash or the OOM killer would: for drills and tests of the supervisor. */
    public void killForDrill(String key) {
        java.util.Optional<ProcessHandle> handle = "mariadb".equals(key) && mariaDb != null ? mariaDb.processHandle()
                : "elasticsearch".equals(key) && elasticsearch != null ? elasticsearch.processHandle() : java.util.Optional.empty();
        handle.ifPresent(process -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        });
    }

    /** The supervised servers by key ({@code mariadb}, {@code elasticsearch}): alive or not, and how often restarted. */
    public Map<String, Supervised> supervision() {
        return Map.copyOf(supervised);
    }

    private void checkServers() {
        try {
            if (mariaDb != null) {
                keepAlive("mariadb", mariaDb::isAlive, mariaDb::start);
            }
            if (elasticsearch != null && elasticsearchWanted) {
                keepAlive("elasticsearch", elasticsearch::isAlive, elasticsearch::start);
            }
        } catch (RuntimeException e) {
            LOG.warn("Supervising the embedded servers: {}", e.getMessage());
        }
    }

    private void keepAlive(String key, java.util.function.BooleanSupplier alive, Runnable start) {
        Supervised before = supervised.get(key);
        if (alive.getAsBoolean()) {
            if (!before.alive()) {
                supervised.put(key, new Supervised(before.name(), true, before.restarts(), before.lastRestart(), before.lastProblem()));
            }
            return;
        }
        int inARow = before.lastRestart() != null && before.lastRestart().isAfter(java.time.Instant.now().minus(Duration.ofMinutes(5)))
                ? before.restarts() : 0;
        Duration wait = Duration.ofSeconds(Math.min(LONGEST_BACKOFF.toSeconds(), 1L << Math.min(inARow, 6)));
        LOG.warn("{} stopped by itself; starting it again in {} s (restart {} so far)", before.name(), wait.toSeconds(), before.restarts());
        supervised.put(key, new Supervised(before.name(), false, before.restarts(), before.lastRestart(), "stopped unexpectedly"));
        sleepQuietly(wait);
        try {
            start.run();
            supervised.put(key, new Supervised(before.name(), true, before.restarts() + 1, java.time.Instant.now(), "stopped unexpectedly"));
            LOG.warn("{} is running again (restart {})", before.name(), before.restarts() + 1);
        } catch (RuntimeException e) {
            supervised.put(key, new Supervised(before.name(), false, before.restarts() + 1, java.time.Instant.now(), e.getMessage()));
            LOG.error("{} could not be started again: {}", before.name(), e.getMessage());
        }
    }

    private static void sleepQuietly(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (supervisor != null) {
            supervisor.shutdownNow();
        }
        try {
            if (elasticsearch != null) {
                elasticsearch.stop();
            }
        } finally {
            try {
                if (mariaDb != null) {
                    mariaDb.stop();
                }
            } finally {
                releaseLock();
            }
        }
    }

    private void releaseLock() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            lockChannel.close();
        } catch (IOException e) {
            LOG.debug("Could not release the data directory lock", e);
        }
    }
}
