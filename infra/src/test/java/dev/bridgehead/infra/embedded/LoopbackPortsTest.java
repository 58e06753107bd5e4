package dev.bridgehead.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class LoopbackPortsTest {

    @Test
    void a_listening_port_is_in_use_and_refused_with_its_number() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = socket.getLocalPort();
            assertThat(LoopbackPorts.inUse(port)).isTrue();
            assertThatThrownBy(() -> LoopbackPorts.requireFree(port, "the web server"))
                    .hasMessage("Port " + port + " for the web server is already in use: stop what uses it or choose another port");
        }
    }

    @Test
    void a_free_port_is_free_and_zero_means_any_free_port() {
        int port = LoopbackPorts.free();
        assertThat(LoopbackPorts.inUse(port)).isFalse();
        assertThat(LoopbackPorts.requireFree(0, "anything")).isPositive();
    }
}
