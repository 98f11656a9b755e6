package org.manara.streamjobs.options;

import java.time.Duration;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;
import org.manara.model.PostValidator;

/** Typed options for the moderation job itself. */
public final class JobOptions {

    public static final ConfigOption<String> NAME =
            ConfigOptions.key("job.name")
                    .stringType()
                    .defaultValue("moderation-pipeline")
                    .withDescription("Flink job name.");

    public static final ConfigOption<Integer> PARALLELISM =
            ConfigOptions.key("job.parallelism")
                    .intType()
                    .defaultValue(1)
                    .withDescription("Parallelism of every operator.");

    public static final ConfigOption<Duration> CHECKPOINT_INTERVAL =
            ConfigOptions.key("job.checkpoint-interval")
                    .durationType()
                    .defaultValue(Duration.ofSeconds(10))
                    .withDescription(
                            "Checkpoint interval; 0 disables checkpointing (then the sinks only"
                                    + " flush at the end of a bounded input).");

    public static final ConfigOption<Integer> MAX_TEXT_LENGTH =
            ConfigOptions.key("job.max-text-length")
                    .intType()
                    .defaultValue(PostValidator.DEFAULT_MAX_TEXT_LENGTH)
                    .withDescription(
                            "Longest accepted post text in code points; longer posts are"
                                    + " dead-lettered.");

    public static final ConfigOption<Integer> DEAD_LETTER_MAX_RAW_BYTES =
            ConfigOptions.key("job.dead-letter.max-raw-bytes")
                    .intType()
                    .defaultValue(64 * 1024)
                    .withDescription(
                            "Raw bytes kept in one dead letter; longer records are cut and the"
                                    + " cut is listed as a problem (keeps dead letters under"
                                    + " Kafka's 1 MB message limit).");

    private JobOptions() {}
}
