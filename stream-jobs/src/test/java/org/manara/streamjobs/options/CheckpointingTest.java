package org.manara.streamjobs.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.CheckpointConfig;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.Test;

class CheckpointingTest {

    @Test
    void defaultsCheckpointExactlyOnceEveryTenSecondsAndRetainOnCancel() {
        StreamExecutionEnvironment env = new StreamExecutionEnvironment(new Configuration());
        Checkpointing.configure(env, new Configuration());

        CheckpointConfig config = env.getCheckpointConfig();
        assertThat(config.isCheckpointingEnabled()).isTrue();
        assertThat(config.getCheckpointInterval()).isEqualTo(10_000L);
        assertThat(config.getCheckpointingConsistencyMode())
                .isEqualTo(CheckpointingMode.EXACTLY_ONCE);
        assertThat(config.getMinPauseBetweenCheckpoints()).isEqualTo(500L);
        assertThat(config.getCheckpointTimeout()).isEqualTo(600_000L);
        assertThat(config.getTolerableCheckpointFailureNumber()).isEqualTo(3);
        assertThat(config.getExternalizedCheckpointRetention())
                .isEqualTo(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        // No directory: the cluster's storage applies.
        assertThat(env.getConfiguration().getOptional(CheckpointingOptions.CHECKPOINTS_DIRECTORY))
                .isEmpty();
    }

    @Test
    void commandLineOptionsSetIntervalPauseFailuresAndDirectory() {
        Configuration options =
                ParameterTool.fromArgs(
                                new String[] {
                                    "--job.checkpoint-interval", "2 s",
                                    "--job.checkpoint-min-pause", "250 ms",
                                    "--job.checkpoint-timeout", "1 min",
                                    "--job.checkpoint-tolerable-failures", "0",
                                    "--job.checkpoint-dir", "file:///data/checkpoints"
                                })
                        .getConfiguration();
        StreamExecutionEnvironment env = new StreamExecutionEnvironment(new Configuration());
        Checkpointing.configure(env, options);

        assertThat(env.getCheckpointConfig().getCheckpointInterval()).isEqualTo(2_000L);
        assertThat(env.getCheckpointConfig().getMinPauseBetweenCheckpoints()).isEqualTo(250L);
        assertThat(env.getCheckpointConfig().getCheckpointTimeout()).isEqualTo(60_000L);
        assertThat(env.getCheckpointConfig().getTolerableCheckpointFailureNumber()).isZero();
        assertThat(env.getConfiguration().get(CheckpointingOptions.CHECKPOINT_STORAGE))
                .isEqualTo("filesystem");
        assertThat(env.getConfiguration().get(CheckpointingOptions.CHECKPOINTS_DIRECTORY))
                .isEqualTo("file:///data/checkpoints");
    }

    @Test
    void exactlyOnceOutputsWithoutCheckpointsAreRefused() {
        Configuration options = new Configuration();
        options.set(JobOptions.CHECKPOINT_INTERVAL, Duration.ZERO);
        StreamExecutionEnvironment env = new StreamExecutionEnvironment(new Configuration());

        assertThatThrownBy(() -> Checkpointing.configure(env, options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kafka.delivery-guarantee=EXACTLY_ONCE needs checkpointing")
                .hasMessageContaining("job.checkpoint-interval");
    }

    @Test
    void atLeastOnceOutputsMayRunWithoutCheckpoints() {
        Configuration options = new Configuration();
        options.set(JobOptions.CHECKPOINT_INTERVAL, Duration.ZERO);
        options.set(KafkaOptions.DELIVERY_GUARANTEE, DeliveryGuarantee.AT_LEAST_ONCE);
        StreamExecutionEnvironment env = new StreamExecutionEnvironment(new Configuration());

        Checkpointing.configure(env, options);
        assertThat(env.getCheckpointConfig().isCheckpointingEnabled()).isFalse();
    }

    @Test
    void nonsenseValuesNameTheirOption() {
        Configuration blank = new Configuration();
        blank.set(Checkpointing.CHECKPOINT_DIR, " ");
        assertThatThrownBy(() -> Checkpointing.toConfiguration(blank))
                .hasMessageContaining("job.checkpoint-dir");

        Configuration negative = new Configuration();
        negative.set(Checkpointing.TOLERABLE_FAILURES, -1);
        assertThatThrownBy(() -> Checkpointing.toConfiguration(negative))
                .hasMessageContaining("job.checkpoint-tolerable-failures");

        Configuration noTimeout = new Configuration();
        noTimeout.set(Checkpointing.TIMEOUT, Duration.ZERO);
        assertThatThrownBy(() -> Checkpointing.toConfiguration(noTimeout))
                .hasMessageContaining("job.checkpoint-timeout");
    }

    @Test
    void kafkaOutputsDefaultToExactlyOnceWithTheirTopics() {
        Configuration options = new Configuration();
        assertThat(options.get(KafkaOptions.DELIVERY_GUARANTEE))
                .isEqualTo(DeliveryGuarantee.EXACTLY_ONCE);
        assertThat(options.get(KafkaOptions.VERDICTS_TOPIC)).isEqualTo("verdicts");
        assertThat(options.get(KafkaOptions.EVENTS_TOPIC)).isEqualTo("events");
        assertThat(options.get(KafkaOptions.RULES_TOPIC)).isEqualTo("rules");
        assertThat(Checkpointing.MIN_PAUSE.description().toString()).isNotBlank();
        assertThat(Checkpointing.CHECKPOINT_DIR.description().toString()).isNotBlank();
    }
}
