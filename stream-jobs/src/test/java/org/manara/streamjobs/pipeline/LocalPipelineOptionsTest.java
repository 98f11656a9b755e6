package org.manara.streamjobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.manara.streamjobs.options.Checkpointing;

class LocalPipelineOptionsTest {

    /**
     * A MiniCluster's default checkpoint storage is the job manager's memory, limited to 5 MB per
     * state handle; the counters outgrow that, so local runs must write checkpoints to files.
     */
    @Test
    void localRunsCheckpointToFilesUnderTheGivenDirectory(@TempDir Path dir) {
        Configuration options =
                LocalPipeline.options("127.0.0.1:9092", "http://127.0.0.1:9200", dir);

        Configuration flink = Checkpointing.toConfiguration(options);
        assertThat(flink.get(CheckpointingOptions.CHECKPOINT_STORAGE)).isEqualTo("filesystem");
        assertThat(
                        Path.of(
                                java.net.URI.create(
                                        flink.get(CheckpointingOptions.CHECKPOINTS_DIRECTORY))))
                .isEqualTo(dir.toAbsolutePath());
    }
}
