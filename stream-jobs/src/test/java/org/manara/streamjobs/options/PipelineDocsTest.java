package org.manara.streamjobs.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.configuration.ConfigOption;
import org.junit.jupiter.api.Test;

/** docs/pipeline.md documents every option, so the options table cannot drift from the code. */
class PipelineDocsTest {

    @Test
    void optionsTableNamesEveryOption() throws Exception {
        Path doc = Path.of("..", "docs", "pipeline.md");
        assertThat(doc).exists();
        String text = Files.readString(doc);
        for (Class<?> holder :
                List.of(KafkaOptions.class, ElasticsearchOptions.class, JobOptions.class)) {
            for (Field f : holder.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == ConfigOption.class) {
                    String key = ((ConfigOption<?>) f.get(null)).key();
                    assertThat(text).as(key).contains("| `" + key + "` |");
                }
            }
        }
    }
}
