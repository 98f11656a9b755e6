package org.manara.streamjobs.counters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manara.streamjobs.counters.CounterPosts.T0;
import static org.manara.streamjobs.counters.CounterPosts.distinct;
import static org.manara.streamjobs.counters.CounterPosts.post;
import static org.manara.streamjobs.counters.CounterPosts.posts;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manara.rules.counters.CounterKey;
import org.manara.streamjobs.pipeline.EnrichedPost;

class CounterJoinFunctionTest {
    /** Groups: 0 author@1h (posts), 1 url@10m (distinct authors, then posts). */
    static final CounterPlan PLAN =
            CounterPlan.of(
                    List.of(
                            posts("author_posts_1h", CounterKey.AUTHOR, Duration.ofHours(1)),
                            distinct(
                                    "url_authors_10m",
                                    CounterKey.URL,
                                    CounterKey.AUTHOR,
                                    Duration.ofMinutes(10)),
                            posts("url_posts_10m", CounterKey.URL, Duration.ofMinutes(10))));

    static final Duration TIMEOUT = Duration.ofMinutes(10);

    private KeyedTwoInputStreamOperatorTestHarness<String, PendingPost, CounterResult, EnrichedPost>
            harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
                        new CounterJoinFunction(PLAN, TIMEOUT),
                        p -> p.post().traceId(),
                        CounterResult::traceId,
                        Types.STRING);
        harness.setProcessingTime(1_000);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void emitsThePostWithTheLargestValueOverItsKeysOnceAllResultsArrived() throws Exception {
        EnrichedPost p = post("p1", "a-1", T0);
        harness.processElement1(new PendingPost(p, 3), 0);
        harness.processElement2(new CounterResult("trace-p1", 0, new long[] {7}), 0);
        harness.processElement2(new CounterResult("trace-p1", 1, new long[] {2, 5}), 0);
        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(harness.numProcessingTimeTimers()).isEqualTo(1);

        harness.processElement2(new CounterResult("trace-p1", 1, new long[] {4, 4}), 0);

        assertThat(harness.extractOutputValues())
                .singleElement()
                .satisfies(
                        out -> {
                            assertThat(out.post()).isEqualTo(p.post());
                            assertThat(out.traceId()).isEqualTo("trace-p1");
                            assertThat(out.counters())
                                    .isEqualTo(
                                            Map.of(
                                                    "author_posts_1h", 7L,
                                                    "url_authors_10m", 4L,
                                                    "url_posts_10m", 5L));
                        });
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numProcessingTimeTimers()).isZero();
    }

    @Test
    void resultsMayArriveBeforeThePost() throws Exception {
        harness.processElement2(new CounterResult("trace-p2", 0, new long[] {3}), 0);
        assertThat(harness.extractOutputValues()).isEmpty();
        harness.processElement1(new PendingPost(post("p2", "a-2", T0), 1), 0);
        assertThat(harness.extractOutputValues())
                .singleElement()
                .satisfies(
                        out ->
                                assertThat(out.counters())
                                        .isEqualTo(
                                                Map.of(
                                                        "author_posts_1h", 3L,
                                                        "url_authors_10m", 0L,
                                                        "url_posts_10m", 0L)));
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numProcessingTimeTimers()).isZero();
    }

    @Test
    void aPostWithoutRequestsLeavesAtOnceWithZeros() throws Exception {
        harness.processElement1(new PendingPost(post("p3", "a-3", T0), 0), 0);
        assertThat(harness.extractOutputValues())
                .singleElement()
                .satisfies(out -> assertThat(out.counters()).hasSize(3).containsValues(0L));
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numProcessingTimeTimers()).isZero();
    }

    @Test
    void aPostMissingResultsLeavesAfterTheTimeoutAndStraysAreDropped() throws Exception {
        harness.processElement1(new PendingPost(post("p4", "a-4", T0), 2), 0);
        harness.processElement2(new CounterResult("trace-p4", 0, new long[] {9}), 0);
        harness.processElement2(new CounterResult("trace-orphan", 0, new long[] {1}), 0);
        assertThat(harness.numProcessingTimeTimers()).isEqualTo(2);

        harness.setProcessingTime(1_000 + TIMEOUT.toMillis());

        assertThat(harness.extractOutputValues())
                .singleElement()
                .satisfies(
                        out -> {
                            assertThat(out.traceId()).isEqualTo("trace-p4");
                            assertThat(out.counters()).containsEntry("author_posts_1h", 9L);
                        });
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numProcessingTimeTimers()).isZero();
    }
}
