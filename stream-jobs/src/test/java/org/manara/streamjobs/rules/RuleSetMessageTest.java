package org.manara.streamjobs.rules;

import static org.apache.flink.types.PojoTestUtils.assertSerializedAsPojoWithoutKryo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.manara.model.Json;
import org.manara.rules.format.RuleSource;

class RuleSetMessageTest {

    @Test
    void roundTripsThroughJsonWithSnakeCaseFieldsAndSortedFiles() throws Exception {
        RuleSetMessage m = TestRuleSets.message(TestRuleSets.FLAGGING);
        byte[] json = m.toJson();

        JsonNode tree = Json.mapper().readTree(json);
        assertThat(tree.fieldNames())
                .toIterable()
                .containsExactly("version", "files", "published_at", "publisher");
        assertThat(tree.get("published_at").asText()).isEqualTo("2026-03-02T00:00:00Z");
        assertThat(tree.get("files").fieldNames())
                .toIterable()
                .containsExactly("counters.yaml", "labels.yaml", "policies/p.yaml");

        RuleSetMessage back = RuleSetMessage.fromJson(json);
        assertThat(back).isEqualTo(m);
        assertThat(back.consistent()).isTrue();
        assertThat(back.toSource()).isEqualTo(TestRuleSets.FLAGGING);
        assertThat(back.version()).isEqualTo(TestRuleSets.FLAGGING.version());
    }

    @Test
    void theDefaultPackSurvivesTheTrip() throws Exception {
        RuleSource pack = RuleSource.defaultPack();
        RuleSetMessage back = RuleSetMessage.fromJson(TestRuleSets.message(pack).toJson());
        assertThat(back.toSource().version()).isEqualTo(pack.version());
    }

    @Test
    void isAFlinkPojo() {
        assertSerializedAsPojoWithoutKryo(RuleSetMessage.class);
    }

    @Test
    void deserializerPassesAValidRecord() {
        RuleSetMessage m = TestRuleSets.message(TestRuleSets.REMOVING);
        assertThat(deserialize(m.toJson())).containsExactly(m);
    }

    @Test
    void deserializerSkipsPoisonPillsInsteadOfFailing() {
        assertThat(deserialize("not json".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(deserialize("null".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(deserialize("[1,2]".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(deserialize(null)).isEmpty();
        assertThat(deserialize(new byte[] {(byte) 0xff, 0x00})).isEmpty();
    }

    @Test
    void deserializerSkipsAMessageWhoseVersionIsNotItsFilesHash() {
        RuleSetMessage forged =
                new RuleSetMessage(
                        TestRuleSets.FLAGGING.version(),
                        Map.of("labels.yaml", "labels: []"),
                        TestRuleSets.NOW,
                        "someone");
        assertThat(forged.consistent()).isFalse();
        assertThat(deserialize(forged.toJson())).isEmpty();
        RuleSetMessage unversioned =
                new RuleSetMessage(null, Map.of(), TestRuleSets.NOW, "someone");
        assertThat(deserialize(unversioned.toJson())).isEmpty();
    }

    private static List<RuleSetMessage> deserialize(byte[] value) {
        List<RuleSetMessage> out = new ArrayList<>();
        new RuleSetMessageDeserializer()
                .deserialize(
                        new ConsumerRecord<>("rules", 0, 7L, RulesTopic.KEY.getBytes(), value),
                        new ListCollector<>(out));
        return out;
    }
}
