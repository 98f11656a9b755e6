package org.manara.dashboardapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.manara.dashboardapi.auth.ApiKeys;
import org.manara.dashboardapi.auth.GeneratedKey;

class GenerateKeyCommandTest {

    @Test
    void printsTheKeyOnceAndAConfigEntryHoldingOnlyItsHash() throws Exception {
        GeneratedKey key = ApiKeys.generate();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        GenerateKeyCommand.print(
                new PrintStream(bytes, true, StandardCharsets.UTF_8),
                key,
                "feeder",
                List.of("ingest", "analyst"));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out.split(key.key(), -1)).hasSize(2);
        String entry = out.substring(out.indexOf("  - name:"));
        assertThat(entry).doesNotContain(key.key());
        JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(entry).get(0);
        assertThat(yaml.get("name").asText()).isEqualTo("feeder");
        assertThat(yaml.get("sha256").asText()).isEqualTo(ApiKeys.sha256Hex(key.key()));
        assertThat(yaml.get("roles"))
                .extracting(JsonNode::asText)
                .containsExactly("ingest", "analyst");
    }
}
