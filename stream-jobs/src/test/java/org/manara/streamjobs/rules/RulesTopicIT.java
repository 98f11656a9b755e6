package org.manara.streamjobs.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.manara.embedded.junit.KafkaExtension;
import org.manara.streamjobs.testing.MiniClusters;

/**
 * Rule sets through a real broker: published with {@link RulesTopic#publish} to a topic that the
 * running job's source is already waiting for, and read back by the source on a MiniCluster, the
 * first set and then a hot update.
 */
class RulesTopicIT {
    @RegisterExtension static final KafkaExtension KAFKA = new KafkaExtension();

    @RegisterExtension static final MiniClusterExtension FLINK = MiniClusters.withSlots(1);

    @Test
    void publishedSetsReachARunningSourceEvenWhenTheTopicComesLater() throws Exception {
        String topic = KAFKA.uniqueTopic("rules");
        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        long started = System.nanoTime();
        try (CloseableIterator<RuleSetMessage> read =
                RulesTopic.stream(env, KAFKA.bootstrapServers(), topic, false)
                        .executeAndCollect("rules-topic-it")) {
            String first =
                    RulesTopic.publish(KAFKA.bootstrapServers(), topic, TestRuleSets.FLAGGING);
            assertThat(first).isEqualTo(TestRuleSets.FLAGGING.version());
            RuleSetMessage m1 = next(read);
            long firstSeen = System.nanoTime();
            assertThat(m1.version()).isEqualTo(first);
            assertThat(m1.toSource()).isEqualTo(TestRuleSets.FLAGGING);
            assertThat(m1.publisher()).contains("@");

            String second =
                    RulesTopic.publish(KAFKA.bootstrapServers(), topic, TestRuleSets.REMOVING);
            RuleSetMessage m2 = next(read);
            long secondSeen = System.nanoTime();
            assertThat(m2.version()).isEqualTo(second).isNotEqualTo(first);
            System.out.printf(
                    "RulesTopicIT: first set seen after %d ms (topic discovery), update after %d ms%n",
                    (firstSeen - started) / 1_000_000, (secondSeen - firstSeen) / 1_000_000);
        }
        assertThat(cleanupPolicy(topic)).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
    }

    @Test
    void anExistingTopicWithoutCompactionIsRefused() {
        String topic = KAFKA.createTopic("rules-plain", 1);
        assertThatThrownBy(
                        () ->
                                RulesTopic.publish(
                                        KAFKA.bootstrapServers(), topic, TestRuleSets.FLAGGING))
                .isInstanceOf(RulesTopicException.class)
                .hasMessageContaining("cleanup.policy=delete")
                .hasMessageContaining("must be compacted");
    }

    @Test
    void anUnreachableBrokerFailsWithinTheTimeout() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String bootstrap = "127.0.0.1:" + port;
        long t0 = System.nanoTime();
        assertThatThrownBy(
                        () ->
                                RulesTopic.publish(
                                        bootstrap,
                                        "rules",
                                        TestRuleSets.message(TestRuleSets.FLAGGING),
                                        Duration.ofSeconds(2)))
                .isInstanceOf(RulesTopicException.class)
                .hasMessage("Kafka at " + bootstrap + " is unreachable (no answer within 2 s)");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(8));
    }

    private static RuleSetMessage next(CloseableIterator<RuleSetMessage> it) throws Exception {
        return CompletableFuture.supplyAsync(it::next).get(60, TimeUnit.SECONDS);
    }

    private static String cleanupPolicy(String topic) throws Exception {
        try (Admin admin =
                Admin.create(
                        Map.<String, Object>of("bootstrap.servers", KAFKA.bootstrapServers()))) {
            ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            return admin.describeConfigs(List.of(r))
                    .all()
                    .get(10, TimeUnit.SECONDS)
                    .get(r)
                    .get(TopicConfig.CLEANUP_POLICY_CONFIG)
                    .value();
        }
    }
}
