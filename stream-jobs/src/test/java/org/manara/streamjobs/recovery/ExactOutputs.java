package org.manara.streamjobs.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.manara.model.Action;
import org.manara.model.Json;
import org.manara.streamjobs.recovery.RecoveryJobs.JobTopics;
import org.manara.streamjobs.testing.IndexedPosts;

/**
 * Checks the three outputs of a finished run against the posts produced: every post exactly once in
 * Elasticsearch and on the verdicts topic (read committed), one event per verdict above allow, and
 * the flagged documents agree with the events that need review.
 */
record ExactOutputs(
        int posts,
        int documents,
        int verdicts,
        int verdictsUncommitted,
        int events,
        long notAllowed,
        long flagged) {

    static ExactOutputs check(
            Set<String> postIds,
            String elasticsearchUrl,
            String alias,
            Supplier<Map<String, Object>> kafkaClient,
            JobTopics topics)
            throws Exception {
        List<String> ids = IndexedPosts.ids(elasticsearchUrl, alias);
        assertThat(ids).as("documents behind " + alias).hasSize(postIds.size());
        assertThat(new HashSet<>(ids)).isEqualTo(postIds);

        List<ConsumerRecord<byte[], byte[]>> verdicts =
                TopicContents.read(kafkaClient.get(), topics.verdicts(), true);
        Set<String> verdictKeys = new HashSet<>();
        Set<String> notAllowed = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> r : verdicts) {
            String key = new String(r.key(), StandardCharsets.UTF_8);
            verdictKeys.add(key);
            JsonNode value = Json.mapper().readTree(r.value());
            assertThat(value.get("post_id").asText()).isEqualTo(key);
            if (Action.fromKey(value.get("action").asText()) != Action.ALLOW) {
                notAllowed.add(key);
            }
        }
        assertThat(verdicts).as("committed verdicts").hasSize(postIds.size());
        assertThat(verdictKeys).isEqualTo(postIds);

        List<ConsumerRecord<byte[], byte[]>> events =
                TopicContents.read(kafkaClient.get(), topics.events(), true);
        Set<String> eventIds = new HashSet<>();
        Set<String> eventPosts = new HashSet<>();
        long needReview = 0;
        for (ConsumerRecord<byte[], byte[]> r : events) {
            JsonNode value = Json.mapper().readTree(r.value());
            eventIds.add(value.get("id").asText());
            eventPosts.add(value.get("post_id").asText());
            if (Action.fromKey(value.get("action").asText()).needsReview()) {
                needReview++;
            }
        }
        assertThat(events).as("committed events").hasSize(notAllowed.size());
        assertThat(eventIds).as("distinct event ids").hasSize(events.size());
        assertThat(eventPosts).isEqualTo(notAllowed);

        long flagged = IndexedPosts.flagged(elasticsearchUrl, alias);
        assertThat(needReview).as("events from flag up = flagged documents").isEqualTo(flagged);
        assertThat(flagged).as("some posts are flagged").isPositive();

        int uncommitted = TopicContents.read(kafkaClient.get(), topics.verdicts(), false).size();
        return new ExactOutputs(
                postIds.size(),
                ids.size(),
                verdicts.size(),
                uncommitted,
                events.size(),
                notAllowed.size(),
                flagged);
    }
}
