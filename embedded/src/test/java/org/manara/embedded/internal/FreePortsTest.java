package org.manara.embedded.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class FreePortsTest {
    @Test
    void aPickedPortCanBeBoundAndIsThenTaken() throws IOException {
        int port = FreePorts.pick();

        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
            assertThat(FreePorts.isFree(port)).isFalse();
        }
    }

    @Test
    void recognisesBindFailuresInCauseChains() {
        Exception wrapped = new IllegalStateException("x", new BindException("Address in use"));

        assertThat(FreePorts.isBindFailure(wrapped)).isTrue();
        assertThat(FreePorts.isBindFailure(new RuntimeException("Address already in use")))
                .isTrue();
        assertThat(FreePorts.isBindFailure(new IllegalStateException("other"))).isFalse();
    }
}
