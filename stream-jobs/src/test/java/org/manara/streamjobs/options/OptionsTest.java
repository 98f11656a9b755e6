package org.manara.streamjobs.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.List;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.Test;
import org.manara.streamjobs.sink.BulkSettings;
import org.manara.streamjobs.sink.ElasticsearchConnection;
import org.manara.streamjobs.sink.PostsIndex;

class OptionsTest {

    @Test
    void everyOptionHasADescription() throws Exception {
        for (Class<?> holder :
                List.of(
                        KafkaOptions.class,
                        ElasticsearchOptions.class,
                        JobOptions.class,
                        Checkpointing.class)) {
            for (Field f : holder.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == ConfigOption.class) {
                    ConfigOption<?> option = (ConfigOption<?>) f.get(null);
                    assertThat(option.description().toString()).as(option.key()).isNotBlank();
                }
            }
        }
    }

    @Test
    void commandLineArgumentsBecomeTypedOptions() {
        Configuration options =
                ParameterTool.fromArgs(
                                new String[] {
                                    "--kafka.bootstrap-servers", "k1:9092,k2:9092",
                                    "--kafka.starting-offsets", "EARLIEST",
                                    "--elasticsearch.hosts", "http://es1:9200;http://es2:9200",
                                    "--elasticsearch.password", "secret",
                                    "--elasticsearch.username", "manara",
                                    "--job.checkpoint-interval", "30 s",
                                    "--job.parallelism", "4",
                                    "--elasticsearch.bulk.max-size", "4mb"
                                })
                        .getConfiguration();

        assertThat(options.get(KafkaOptions.BOOTSTRAP_SERVERS)).isEqualTo("k1:9092,k2:9092");
        assertThat(options.get(KafkaOptions.STARTING_OFFSETS)).isEqualTo(StartingOffsets.EARLIEST);
        assertThat(options.get(KafkaOptions.INPUT_TOPIC)).isEqualTo("posts");
        assertThat(options.get(JobOptions.CHECKPOINT_INTERVAL)).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.get(JobOptions.PARALLELISM)).isEqualTo(4);

        ElasticsearchConnection es = ElasticsearchConnection.fromOptions(options);
        assertThat(es.hosts()).containsExactly("http://es1:9200", "http://es2:9200");
        assertThat(es.toString()).contains("basic:manara").doesNotContain("secret");
        assertThat(BulkSettings.fromOptions(options).maxBytes()).isEqualTo(4L << 20);
        assertThat(PostsIndex.fromOptions(options)).isEqualTo(PostsIndex.defaults());
    }

    @Test
    void inconsistentSettingsFailFastWithTheOptionName() {
        Configuration options = new Configuration();
        options.set(ElasticsearchOptions.BULK_MAX_BUFFERED, 10);
        assertThatThrownBy(() -> BulkSettings.fromOptions(options))
                .hasMessageContaining("elasticsearch.bulk.max-buffered");

        Configuration half = new Configuration();
        half.set(ElasticsearchOptions.USERNAME, "manara");
        assertThatThrownBy(() -> ElasticsearchConnection.fromOptions(half))
                .hasMessageContaining("elasticsearch.password");
    }
}
