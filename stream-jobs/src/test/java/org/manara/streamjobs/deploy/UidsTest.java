package org.manara.streamjobs.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;
import org.manara.streamjobs.pipeline.ModerationJob;
import org.manara.streamjobs.pipeline.Uids;

/**
 * Savepoints map operator state by uid, so a renamed uid silently drops state on upgrade (or, with
 * allowNonRestoredState=false, refuses the savepoint). The list is pinned here: renaming or
 * removing one fails the build; adding one means adding it here too.
 */
class UidsTest {

    /** Every released uid, by constant name. Never change a value; only add lines. */
    private static final Map<String, String> RELEASED =
            new TreeMap<>(
                    Map.ofEntries(
                            Map.entry("POSTS_SOURCE", "posts-source"),
                            Map.entry("VALIDATE", "validate-posts"),
                            Map.entry("SCORE", "score-posts"),
                            Map.entry("DEAD_LETTER_SINK", "dead-letter-sink"),
                            Map.entry("POSTS_SINK", "posts-elasticsearch-sink"),
                            Map.entry("ANALYSE", "analyse-posts"),
                            Map.entry("COUNTER_KEYS", "counter-keys"),
                            Map.entry("COUNTER_STATE", "counter-state"),
                            Map.entry("COUNTER_JOIN", "counter-join"),
                            Map.entry("RULES_SOURCE", "rules-source"),
                            Map.entry("APPLY_RULES", "apply-rules"),
                            Map.entry("VERDICTS_SINK", "verdicts-sink"),
                            Map.entry("EVENTS", "events"),
                            Map.entry("EVENTS_SINK", "events-sink")));

    @Test
    void uidsAreExactlyTheReleasedOnes() throws Exception {
        assertThat(declaredUids()).isEqualTo(RELEASED);
    }

    @Test
    void uidsAreUnique() throws Exception {
        assertThat(declaredUids().values()).doesNotHaveDuplicates();
    }

    @Test
    void everyOperatorOfTheProductionJobHasAUidFromUids() throws Exception {
        Configuration options = new Configuration();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        ModerationJob.configure(env, options);
        ModerationJob.pipeline(options).build(env);
        StreamGraph graph = env.getStreamGraph();

        assertThat(graph.getStreamNodes()).isNotEmpty();
        for (StreamNode node : graph.getStreamNodes()) {
            String uid = node.getTransformationUID();
            assertThat(uid).as("uid of operator %s", node.getOperatorName()).isNotNull();
            // Sinks expand into writer and committer operators; Flink derives the committer's
            // uid from the sink's ("Sink Committer: <uid>").
            assertThat(RELEASED.values())
                    .as("uid %s of operator %s comes from Uids", uid, node.getOperatorName())
                    .anyMatch(released -> uid.equals(released) || uid.endsWith(": " + released));
        }
    }

    private static Map<String, String> declaredUids() throws IllegalAccessException {
        Map<String, String> uids = new TreeMap<>();
        for (Field f : Uids.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                uids.put(f.getName(), (String) f.get(null));
            }
        }
        return uids;
    }
}
