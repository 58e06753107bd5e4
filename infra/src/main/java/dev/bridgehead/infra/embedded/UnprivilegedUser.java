package dev.bridgehead.infra.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Elasticsearch refuses to run as root. When we are root, it runs as an unprivileged account
 * (by default {@code nobody}) through util-linux's {@code setpriv}.
 */
final class UnprivilegedUser {

    private final String user;
    private final String group;

    UnprivilegedUser(String user, String group) {
        this.user = user;
        this.group = group;
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name")) || uid() == 0;
    }

    private static long uid() {
        try {
            Object uid = java.nio.file.Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return ((Number) uid).longValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }

    String name() {
        return user;
    }

    /** The command that runs {@code command} as this user. */
    List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + user, "--regid=" + group, "--clear-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Whether this user can read and enter {@code directory} (every parent must let it through). */
    boolean canEnter(Path directory) {
        return run(wrap(List.of("test", "-r", directory.toString(), "-a", "-x", directory.toString())));
    }

    /** Gives this user the tree below {@code directory}. */
    void own(Path directory) {
        if (!run(List.of("chown", "-R", user + ":" + group, directory.toString()))) {
            throw new StackException("Cannot hand " + directory + " to the unprivileged user '" + user + "' (chown failed)");
        }
    }

    private static boolean run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            throw new StackException("Cannot run '" + command.get(0) + "' (needed to run Elasticsearch as an unprivileged user when started as root): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
