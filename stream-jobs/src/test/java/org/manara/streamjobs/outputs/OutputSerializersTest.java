package org.manara.streamjobs.outputs;

import static org.apache.flink.types.PojoTestUtils.assertSerializedAsPojoWithoutKryo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.manara.model.Action;
import org.manara.model.Json;
import org.manara.model.ModerationEvent;
import org.manara.model.Post;
import org.manara.model.RuleMatch;
import org.manara.model.ScoredPost;
import org.manara.model.Scores;
import org.manara.model.Verdict;

class OutputSerializersTest {
    static final Instant CREATED = Instant.parse("2026-03-01T12:00:00Z");
    static final Instant SCORED = Instant.parse("2026-03-01T12:00:01.250Z");

    static ScoredPost scored(String id, Action action) {
        RuleMatch match = new RuleMatch("spam.links", action, List.of("spam"), "3 short links");
        RuleMatch shadow = new RuleMatch("spam.new-rule", Action.REMOVE, List.of(), "trial");
        Verdict verdict =
                action == Action.ALLOW
                        ? Verdict.allow("rules-v7")
                        : new Verdict(
                                action,
                                List.of("spam"),
                                List.of(match),
                                List.of(shadow),
                                "rules-v7");
        return new ScoredPost(
                Post.of(id, "u-" + id, "text of " + id, CREATED),
                null,
                new Scores(null, "models-v3"),
                Map.of("author_posts_1h", 4L),
                verdict,
                SCORED);
    }

    static List<ModerationEvent> events(ScoredPost scored) {
        List<ModerationEvent> out = new ArrayList<>();
        new ToModerationEvents()
                .flatMap(
                        scored,
                        new Collector<>() {
                            @Override
                            public void collect(ModerationEvent event) {
                                out.add(event);
                            }

                            @Override
                            public void close() {}
                        });
        return out;
    }

    @Test
    void verdictsAreKeyedByPostIdAndCarryTheDecisionAndVersions() throws Exception {
        ProducerRecord<byte[], byte[]> record =
                new VerdictSerializer("verdicts-x")
                        .serialize(scored("p-1", Action.FLAG), null, 42L);

        assertThat(record.topic()).isEqualTo("verdicts-x");
        assertThat(record.partition()).isNull();
        assertThat(record.timestamp()).isEqualTo(42L);
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("p-1");

        JsonNode json = Json.mapper().readTree(record.value());
        assertThat(json.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder(
                        "post_id",
                        "action",
                        "labels",
                        "matched",
                        "shadow",
                        "ruleset_version",
                        "model_version",
                        "scored_at",
                        "post_created_at");
        assertThat(json.get("action").asText()).isEqualTo("flag");
        assertThat(json.get("matched").get(0).get("rule_id").asText()).isEqualTo("spam.links");
        assertThat(json.get("shadow").get(0).get("rule_id").asText()).isEqualTo("spam.new-rule");
        assertThat(json.get("ruleset_version").asText()).isEqualTo("rules-v7");
        assertThat(json.get("model_version").asText()).isEqualTo("models-v3");
        assertThat(json.get("scored_at").asText()).isEqualTo("2026-03-01T12:00:01.250Z");
        assertThat(json.get("post_created_at").asText()).isEqualTo("2026-03-01T12:00:00Z");
    }

    @Test
    void verdictsRoundTrip() throws Exception {
        ScoredPost scored = scored("p-2", Action.REMOVE);
        byte[] value = new VerdictSerializer("v").serialize(scored, null, null).value();

        VerdictMessage read = Json.mapper().readValue(value, VerdictMessage.class);
        assertThat(read).isEqualTo(VerdictMessage.of(scored));
        assertThat(read.action()).isEqualTo(Action.REMOVE);
        assertThat(read.matched()).isEqualTo(scored.verdict().matched());
    }

    @Test
    void aPostWithoutVerdictOrScoresIsAnAllowVerdict() {
        ScoredPost bare = new ScoredPost(Post.of("p-3", "u", "hi", CREATED), null, null, SCORED);
        VerdictMessage message = VerdictMessage.of(bare);
        assertThat(message.action()).isEqualTo(Action.ALLOW);
        assertThat(message.modelVersion()).isNull();
        assertThat(message.labels()).isEmpty();
        assertThat(events(bare)).isEmpty();
    }

    @Test
    void allowedPostsHaveNoEventAndOthersOneWithTheScoredAtAsOccurredAt() {
        assertThat(events(scored("p-4", Action.ALLOW))).isEmpty();

        List<ModerationEvent> removed = events(scored("p-5", Action.REMOVE));
        assertThat(removed).hasSize(1);
        ModerationEvent event = removed.get(0);
        assertThat(event.type()).isEqualTo("post.removed");
        assertThat(event.occurredAt()).isEqualTo(SCORED);
        assertThat(event.ruleIds()).containsExactly("spam.links");
        assertThat(event.id()).isEqualTo(ModerationEvent.idOf("p-5", "post.removed", "rules-v7"));

        // Scoring the same post again (a replay) gives the same event.
        assertThat(events(scored("p-5", Action.REMOVE))).containsExactly(event);
    }

    @Test
    void eventsAreKeyedByPostIdAndRoundTrip() throws Exception {
        ModerationEvent event = events(scored("p-6", Action.FLAG)).get(0);
        ProducerRecord<byte[], byte[]> record =
                new EventSerializer("events-x").serialize(event, null, 7L);

        assertThat(record.topic()).isEqualTo("events-x");
        assertThat(record.timestamp()).isEqualTo(7L);
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("p-6");
        assertThat(Json.mapper().readValue(record.value(), ModerationEvent.class)).isEqualTo(event);
        JsonNode json = Json.mapper().readTree(record.value());
        assertThat(json.get("id").asText()).startsWith("evt_");
        assertThat(json.get("type").asText()).isEqualTo("post.flagged");
        assertThat(json.get("post_id").asText()).isEqualTo("p-6");
        assertThat(json.get("occurred_at").asText()).isEqualTo("2026-03-01T12:00:01.250Z");
    }

    @Test
    void serializersRefuseAMissingTopic() {
        assertThatThrownBy(() -> new VerdictSerializer(null)).hasMessageContaining("topic");
        assertThatThrownBy(() -> new EventSerializer(null)).hasMessageContaining("topic");
    }

    @Test
    void eventsFlowBetweenOperatorsAsPojos() {
        assertSerializedAsPojoWithoutKryo(ModerationEvent.class);
    }
}
