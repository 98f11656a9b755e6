package org.manara.streamjobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manara.streamjobs.testing.TestPosts.json;
import static org.manara.streamjobs.testing.TestPosts.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.manara.model.Action;
import org.manara.model.DeadLetter;
import org.manara.model.ModerationEvent;
import org.manara.model.Post;
import org.manara.model.RuleMatch;
import org.manara.model.ScoredPost;
import org.manara.model.sample.SyntheticPosts;
import org.manara.streamjobs.counters.Counters;
import org.manara.streamjobs.testing.CollectingSink;
import org.manara.streamjobs.testing.FakeClassifier;
import org.manara.streamjobs.testing.MiniClusters;
import org.manara.streamjobs.testing.RawPostsSource;
import org.manara.streamjobs.testing.TestAnalyzer;
import org.manara.streamjobs.testing.ThresholdRules;

/** The job graph end to end on a MiniCluster, with a collection source and collecting sinks. */
class ModerationPipelineIT {

    private static final InMemoryReporter METRICS = InMemoryReporter.createWithRetainedMetrics();

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            MiniClusters.withSlots(2, METRICS.addToConfiguration(new Configuration()));

    @Test
    void splitsValidFromInvalidScoresAndJudges() throws Exception {
        List<byte[]> records = new ArrayList<>();
        Set<Long> badOffsets = new java.util.HashSet<>();
        List<Post> posts =
                new SyntheticPosts(7, Instant.parse("2026-03-01T00:00:00Z"), 50).take(300);
        for (int i = 0; i < posts.size(); i++) {
            if (i % 10 == 5) {
                badOffsets.add((long) records.size());
                records.add(SyntheticPosts.malformed(i));
            }
            records.add(json(posts.get(i)));
        }
        records.add(json(post("spam-1", "BUY NOW cheap followers")));
        records.add(json(post("boom-1", "this post makes the classifier explode")));

        CollectingSink<ScoredPost> scored = new CollectingSink<>();
        CollectingSink<DeadLetter> deadLetters = new CollectingSink<>();
        CollectingSink<ScoredPost> verdicts = new CollectingSink<>();
        CollectingSink<ModerationEvent> events = new CollectingSink<>();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        ModerationPipeline.builder()
                .source(RawPostsSource.of(records))
                .analyzer(TestAnalyzer::shared)
                .classifier(FakeClassifier::new)
                .rules(ThresholdRules::engine)
                .counters(Counters.specs(ThresholdRules.SOURCE))
                .scoredSink(scored)
                .deadLetterSink(deadLetters)
                .verdictSink(verdicts)
                .eventSink(events)
                .build()
                .build(env);
        assertThat(env.getConfig().isObjectReuseEnabled()).isTrue();
        JobID job = env.execute("moderation-pipeline-test").getJobID();

        assertThat(scored.values()).hasSize(posts.size() + 1);
        assertThat(scored.values().stream().map(s -> s.post().id()).collect(Collectors.toSet()))
                .hasSize(posts.size() + 1)
                .contains("spam-1");
        assertThat(scored.values())
                .filteredOn(ScoredPost::flagged)
                .extracting(s -> s.post().id())
                .contains("spam-1");
        ScoredPost spam =
                scored.values().stream()
                        .filter(s -> s.post().id().equals("spam-1"))
                        .findFirst()
                        .orElseThrow();
        assertThat(spam.verdict().matched()).extracting(RuleMatch::ruleId).contains("spam.high");
        assertThat(spam.verdict().rulesetVersion()).isEqualTo(ThresholdRules.SOURCE.version());
        assertThat(spam.analysis().normalizedText()).contains("buy now");
        assertThat(spam.counters()).containsEntry("author_posts_1h", 1L);
        assertThat(scored.values())
                .allSatisfy(s -> assertThat(s.counters()).containsKey("author_posts_1h"));
        // The synthetic stream has authors with bursts: the counter sees them within the hour.
        assertThat(scored.values())
                .anySatisfy(s -> assertThat(s.counters().get("author_posts_1h")).isGreaterThan(1));

        assertThat(verdicts.values()).hasSameSizeAs(scored.values());
        List<String> flaggedOrMore =
                scored.values().stream()
                        .filter(s -> s.verdict().action() != Action.ALLOW)
                        .map(s -> s.post().id())
                        .sorted()
                        .toList();
        assertThat(events.values())
                .extracting(ModerationEvent::postId)
                .containsExactlyInAnyOrderElementsOf(flaggedOrMore);
        assertThat(events.values()).extracting(ModerationEvent::id).doesNotHaveDuplicates();

        assertThat(deadLetters.values()).hasSize(badOffsets.size() + 1);
        assertThat(deadLetters.values())
                .filteredOn(d -> d.source().startsWith("test/"))
                .extracting(d -> Long.parseLong(d.source().substring("test/0/".length())))
                .containsExactlyInAnyOrderElementsOf(badOffsets);
        assertThat(deadLetters.values())
                .filteredOn(d -> d.source().equals(AnalysePostFunction.SCORING_SOURCE))
                .hasSize(1);
        assertThat(deadLetters.values()).allSatisfy(d -> assertThat(d.problems()).isNotEmpty());

        // The metrics the operators report (summed over subtasks).
        assertThat(counter(job, "postsIn")).isEqualTo(records.size());
        assertThat(counter(job, "postsValid")).isEqualTo(posts.size() + 2);
        assertThat(counter(job, "postsDeadLettered")).isEqualTo(badOffsets.size());
        assertThat(counter(job, "postsScored")).isEqualTo(posts.size() + 1);
        assertThat(counter(job, "postsScoringFailed")).isEqualTo(1);
        assertThat(counter(job, "postsCounted")).isEqualTo(posts.size() + 1);
        assertThat(counter(job, "verdicts.flag"))
                .isEqualTo(scored.values().stream().filter(ScoredPost::flagged).count());
        assertThat(counter(job, "rule.spam.high.hits")).isGreaterThanOrEqualTo(1);
    }

    /** The sum of a counter over every subtask of the job. */
    private static long counter(JobID job, String name) {
        return METRICS.findMetrics(job, name).entrySet().stream()
                .filter(e -> e.getKey().endsWith("." + name))
                .map(e -> e.getValue())
                .filter(m -> m instanceof Counter)
                .mapToLong(m -> ((Counter) m).getCount())
                .sum();
    }
}
