package dev.bridgehead.infra.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Free and busy TCP ports on the loopback interface. */
public final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /** A port nothing listens on right now; the caller binds it soon after. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StackException("No free TCP port on the loopback interface: " + e.getMessage(), e);
        }
    }

    /** Whether a server already accepts connections on this loopback port. */
    public static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return !canBind(port);
        }
    }

    private static boolean canBind(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a clear message when {@code port} is taken; 0 means "any free port" and always passes. */
    public static int requireFree(int port, String what) {
        if (port == 0) {
            return free();
        }
        if (inUse(port)) {
            throw new StackException("Port " + port + " for " + what + " is already in use: stop what uses it or choose another port");
        }
        return port;
    }
}
