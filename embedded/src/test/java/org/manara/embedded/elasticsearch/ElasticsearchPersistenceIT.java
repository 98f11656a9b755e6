package org.manara.embedded.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.manara.embedded.internal.FreePorts;
import org.manara.embedded.process.ChildProcess;

class ElasticsearchPersistenceIT {
    @TempDir Path dir;

    @Test
    void aRestartOverThePersistentDirectoryKeepsIndices() throws Exception {
        Path data = dir.resolve("es");
        String clusterUuid;
        try (EmbeddedElasticsearch first = EmbeddedElasticsearch.builder().dataDir(data).start()) {
            System.out.printf(
                    "startup: elasticsearch in-process, new dir %d ms%n",
                    first.startupTime().toMillis());
            Http http = new Http(first.httpUrl());
            assertThat(http.put("/kept/_doc/1?refresh=true", "{\"v\":1}").status()).isEqualTo(201);
            clusterUuid = http.get("/").at("cluster_uuid");
        }

        try (EmbeddedElasticsearch second = EmbeddedElasticsearch.builder().dataDir(data).start()) {
            System.out.printf(
                    "startup: elasticsearch in-process, existing dir %d ms%n",
                    second.startupTime().toMillis());
            Http http = new Http(second.httpUrl());
            assertThat(http.get("/kept/_doc/1").<Integer>at("_source", "v")).isEqualTo(1);
            assertThat(http.get("/").<String>at("cluster_uuid")).isEqualTo(clusterUuid);
        }
        assertThat(data.resolve("data")).exists();
    }

    @Test
    void aTemporaryDirectoryIsDeletedOnClose() {
        EmbeddedElasticsearch node = EmbeddedElasticsearch.start();
        Path base = node.baseDir();

        node.close();
        node.close();

        assertThat(base).doesNotExist();
        assertThat(FreePorts.isFree(node.httpPort())).isTrue();
    }

    @Test
    void aChildProcessNodeServesStopsAndRestartsOverItsData() throws Exception {
        Path data = dir.resolve("es-child");
        Path log = dir.resolve("es-child.log");
        int port = FreePorts.pick();
        EmbeddedElasticsearch.Builder builder =
                EmbeddedElasticsearch.builder()
                        .httpPort(port)
                        .dataDir(data)
                        .processJvmArgs(List.of("-Xmx512m"));

        try (ChildProcess child = builder.startProcess(log)) {
            System.out.printf(
                    "startup: elasticsearch child process, new dir %d ms%n",
                    child.startupTime().toMillis());
            assertThat(child.address()).isEqualTo("http://127.0.0.1:" + port);
            Http http = new Http(child.address());
            assertThat(http.get("/").<String>at("version", "number")).isEqualTo("8.19.21");
            assertThat(http.put("/child/_doc/1?refresh=true", "{\"v\":2}").status()).isEqualTo(201);
            child.close();
            assertThat(child.isAlive()).isFalse();
        }
        assertThat(Files.readString(log)).contains("elasticsearch: stopped");
        assertThat(FreePorts.isFree(port)).isTrue();

        try (ChildProcess again = builder.startProcess(log)) {
            System.out.printf(
                    "startup: elasticsearch child process, existing dir %d ms%n",
                    again.startupTime().toMillis());
            Http http = new Http(again.address());
            assertThat(http.get("/child/_doc/1").<Integer>at("_source", "v")).isEqualTo(2);
        }
    }
}
