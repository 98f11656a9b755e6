package org.manara.embedded.elasticsearch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElasticsearchStartupFailureIT {
    @TempDir Path dir;

    @Test
    void aChosenHttpPortInUseIsReportedBeforeAnythingStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> EmbeddedElasticsearch.builder().httpPort(port).start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(
                            "Elasticsearch HTTP port " + port + " on 127.0.0.1 is already in use");
            assertThatThrownBy(
                            () ->
                                    EmbeddedElasticsearch.builder()
                                            .httpPort(port)
                                            .startProcess(dir.resolve("es.log")))
                    .hasMessageContaining("already in use");
        }
    }
}
