package dev.bridgehead.web;

import dev.bridgehead.infra.embedded.LoopbackPorts;
import dev.bridgehead.infra.embedded.StackException;
import dev.bridgehead.infra.embedded.StackSettings;

/** The web server's port, checked before anything else starts so a busy port fails in a second, not after the stack is up. */
final class ServerPort {

    static final int DEFAULT = 8080;

    private ServerPort() {
    }

    static void requireFree() {
        String value = StackSettings.setting("micronaut.server.port").orElse(Integer.toString(DEFAULT));
        int port;
        try {
            port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new StackException("micronaut.server.port must be a number, not '" + value + "'");
        }
        if (port > 0 && LoopbackPorts.inUse(port)) {
            throw new StackException("Port " + port + " for the web server is already in use: stop what uses it, or start with "
                    + "-Dmicronaut.server.port=<another port> (or MICRONAUT_SERVER_PORT)");
        }
    }
}
