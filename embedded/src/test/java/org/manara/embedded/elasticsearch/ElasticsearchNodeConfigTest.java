package org.manara.embedded.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ElasticsearchNodeConfigTest {
    private final Path dir = Path.of("/tmp/es-config-test");

    @Test
    void rendersASingleLoopbackNode() {
        Map<String, String> settings =
                new ElasticsearchNodeConfig(0, dir, "c1", "n1", Map.of()).settings();

        assertThat(settings)
                .containsEntry("discovery.type", "single-node")
                .containsEntry("network.host", "127.0.0.1")
                .containsEntry("http.port", "0")
                .containsEntry("transport.port", "0")
                .containsEntry("cluster.name", "c1")
                .containsEntry("node.name", "n1")
                .containsEntry("path.home", dir.resolve("home").toString())
                .containsEntry("path.data", dir.resolve("data").toString())
                .containsEntry("cluster.routing.allocation.disk.threshold_enabled", "false")
                .containsEntry("cluster.election.strategy", "default")
                .containsKey("node.attr.manara_embedded");
    }

    @Test
    void overridesWinOverDefaults() {
        Map<String, String> settings =
                new ElasticsearchNodeConfig(
                                9200, dir, "c1", "n1", Map.of("network.host", "localhost"))
                        .settings();

        assertThat(settings).containsEntry("network.host", "localhost");
    }

    @Test
    void commandLineRoundTrips() {
        ElasticsearchNodeConfig config =
                new ElasticsearchNodeConfig(
                        19200, dir, "cluster-x", "node-y", Map.of("node.attr.zone", "a"));

        assertThat(ElasticsearchNodeConfig.fromArgs(config.toArgs())).isEqualTo(config);
    }

    @Test
    void rejectsBadValues() {
        assertThatThrownBy(() -> new ElasticsearchNodeConfig(-1, dir, "c", "n", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("httpPort");
        assertThatThrownBy(() -> new ElasticsearchNodeConfig(0, dir, " ", "n", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clusterName");
    }
}
