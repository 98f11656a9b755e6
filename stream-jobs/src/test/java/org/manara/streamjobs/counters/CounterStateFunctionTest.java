package org.manara.streamjobs.counters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.manara.streamjobs.counters.CounterPosts.T0;
import static org.manara.streamjobs.counters.CounterPosts.distinct;
import static org.manara.streamjobs.counters.CounterPosts.posts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.KeyedStateBackend;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manara.rules.counters.CounterKey;

class CounterStateFunctionTest {
    /** Groups: 0 author@10m (posts), 1 url@10m (posts + distinct authors). */
    static final CounterPlan PLAN =
            CounterPlan.of(
                    List.of(
                            posts("author_posts_10m", CounterKey.AUTHOR, Duration.ofMinutes(10)),
                            posts("url_posts_10m", CounterKey.URL, Duration.ofMinutes(10)),
                            distinct(
                                    "url_authors_10m",
                                    CounterKey.URL,
                                    CounterKey.AUTHOR,
                                    Duration.ofMinutes(10))));

    /** Processing time: a day after the posts, as when a job replays history. */
    static final long NOW = T0.plus(Duration.ofDays(1)).toEpochMilli();

    private KeyedOneInputStreamOperatorTestHarness<String, CounterRequest, CounterResult> harness;
    private CounterStateFunction function;
    private int traces;

    @BeforeEach
    void open() throws Exception {
        function = new CounterStateFunction(PLAN);
        harness =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        function, CounterRequest::key, Types.STRING);
        harness.setProcessingTime(NOW);
        harness.setStateTtlProcessingTime(NOW);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void countsTheAuthorsPostsInTheWindowIncludingTheCurrentOne() throws Exception {
        assertThat(authorPost("a", T0)).isEqualTo(1);
        assertThat(authorPost("a", T0.plusSeconds(60))).isEqualTo(2);
        assertThat(authorPost("b", T0.plusSeconds(61))).isEqualTo(1);
        assertThat(authorPost("a", T0.plusSeconds(9 * 60))).isEqualTo(3);
    }

    @Test
    void postsExpireOnceTheirBucketLeavesTheWindow() throws Exception {
        authorPost("a", T0);
        authorPost("a", T0.plusSeconds(30));
        // 10m window, 1m buckets: the bucket [T0, T0+1m) still overlaps [t-10m, t] at T0+10m30s
        assertThat(authorPost("a", T0.plusSeconds(630))).isEqualTo(3);
        // ... and no longer at T0+11m
        assertThat(authorPost("a", T0.plusSeconds(660))).isEqualTo(2);
        assertThat(authorPost("a", T0.plusSeconds(2 * 3600))).isEqualTo(1);
    }

    @Test
    void prunesBucketsThatCanNoLongerCount() throws Exception {
        for (int m = 0; m < 30; m++) {
            authorPost("a", T0.plusSeconds(m * 60L));
        }
        // buckets ending a window or more before the latest post are gone: 11 of 30 remain
        assertThat(buckets("author@10m|a", 0)).hasSize(11);
        authorPost("a", T0.plusSeconds(5 * 3600));
        assertThat(buckets("author@10m|a", 0)).hasSize(1);
    }

    @Test
    void anOutOfOrderPostDoesNotCountLaterPosts() throws Exception {
        authorPost("a", T0.plusSeconds(300));
        authorPost("a", T0.plusSeconds(400));
        assertThat(authorPost("a", T0)).isEqualTo(1);
        assertThat(authorPost("a", T0.plusSeconds(500))).isEqualTo(4);
    }

    @Test
    void aPostDatedInTheFutureDoesNotWipeTheKey() throws Exception {
        harness.setProcessingTime(T0.plusSeconds(120).toEpochMilli());
        authorPost("a", T0);
        authorPost("a", T0.plusSeconds(60));
        assertThat(authorPost("a", T0.plus(Duration.ofDays(30)))).isEqualTo(1);
        assertThat(authorPost("a", T0.plusSeconds(120))).isEqualTo(3);
    }

    @Test
    void postsDatedFarAheadCannotGrowAKeyWithoutBound() throws Exception {
        harness.setProcessingTime(T0.toEpochMilli());
        for (int d = 1; d <= 100; d++) {
            authorPost("a", T0.plus(Duration.ofDays(d)));
        }
        assertThat(buckets("author@10m|a", 0)).hasSize(CounterWindow.MAX_BUCKETS);
        assertThat(authorPost("a", T0)).isEqualTo(1);
    }

    @Test
    void idleKeysExpireWithTheStateTtl() throws Exception {
        authorPost("a", T0);
        authorPost("a", T0);
        assertThat(buckets("author@10m|a", 0)).hasSize(1);
        harness.setStateTtlProcessingTime(NOW + Duration.ofMinutes(21).toMillis());
        assertThat(buckets("author@10m|a", 0)).isEmpty();
        assertThat(authorPost("a", T0)).isEqualTo(1);
    }

    @Test
    void distinctAuthorsAreExactForFewAuthors() throws Exception {
        long[] last = null;
        for (int i = 0; i < 20; i++) {
            last = urlPost("author-" + i, T0.plusSeconds(i));
            last = urlPost("author-" + i, T0.plusSeconds(i));
        }
        assertThat(last).containsExactly(40, 20);
    }

    @Test
    void distinctAuthorsOfAThousandAreWithinThreePercent() throws Exception {
        long[] last = null;
        for (int i = 0; i < 1_000; i++) {
            // spread over nine buckets of the window, so the answer is a union of sketches
            last = urlPost("author-" + i, T0.plusMillis(i * 500L));
        }
        assertThat(last[0]).isEqualTo(1_000);
        assertThat((double) last[1]).isCloseTo(1_000, within(30.0));
        assertThat(buckets("url@10m|https://x.example/", 1)).hasSize(9);
    }

    @Test
    void distinctAuthorsOfAThousandInOneBucketAreWithinThreePercent() throws Exception {
        long[] last = null;
        for (int i = 0; i < 1_000; i++) {
            // one bucket: the answer is that bucket's own sketch, past its list mode
            last = urlPost("author-" + i, T0.plusMillis(i * 10L));
        }
        assertThat(buckets("url@10m|https://x.example/", 1)).hasSize(1);
        assertThat(last[0]).isEqualTo(1_000);
        assertThat((double) last[1]).isCloseTo(1_000, within(30.0));
    }

    @Test
    void distinctAuthorsLeaveTheWindowWithTheirBucket() throws Exception {
        for (int i = 0; i < 50; i++) {
            urlPost("early-" + i, T0);
        }
        for (int i = 0; i < 5; i++) {
            urlPost("late-" + i, T0.plusSeconds(600));
        }
        assertThat(urlPost("late-0", T0.plusSeconds(661))).containsExactly(6, 5);
    }

    @Test
    void theUnionKeptPerKeyCountsAsMergingEveryBucketWould() throws Exception {
        // 6,000 posts over 25 minutes (two and a half windows) by 800 authors, about one in 40 up
        // to 5 minutes late; each answer is checked against the same window without the union
        CounterGroup group = PLAN.group(1);
        long width = group.bucketMillis();
        long window = group.windowMillis();
        Random random = new Random(42);
        CounterWindow direct = CounterWindow.empty();
        long t = T0.toEpochMilli();
        for (int i = 0; i < 6_000; i++) {
            t += 250;
            long time = random.nextInt(40) == 0 ? t - random.nextInt(300_000) : t;
            String author = "author-" + random.nextInt(800);
            long[] got = urlPost(author, Instant.ofEpochMilli(time));

            long bucket = Math.floorDiv(time, width);
            direct =
                    direct.plus(
                            bucket,
                            Math.floorDiv(time - window, width),
                            1,
                            List.of(new DistinctValue(0, author)));
            long[] expected = direct.totals(Math.floorDiv(time - window, width), bucket, 1);
            assertThat(got[0]).as("posts, request %d", i).isEqualTo(expected[0]);
            // the same sketch registers; HLL's estimators may round them differently
            assertThat((double) got[1])
                    .as("distinct authors, request %d", i)
                    .isCloseTo(expected[1], withinPercentage(1));
        }
        // built again when the window reaches a new bucket or a post comes late, not per request
        assertThat(function.unionsBuilt()).isBetween(20L, 600L);
    }

    private long authorPost(String author, Instant at) throws Exception {
        return process(
                new CounterRequest(
                        "author@10m|" + author, 0, at.toEpochMilli(), List.of(), trace()))[0];
    }

    private long[] urlPost(String author, Instant at) throws Exception {
        return process(
                new CounterRequest(
                        "url@10m|https://x.example/",
                        1,
                        at.toEpochMilli(),
                        List.of(new DistinctValue(0, author)),
                        trace()));
    }

    private long[] process(CounterRequest r) throws Exception {
        harness.processElement(r, r.time());
        List<CounterResult> out = harness.extractOutputValues();
        CounterResult result = out.get(out.size() - 1);
        assertThat(result.traceId()).isEqualTo(r.traceId());
        assertThat(result.group()).isEqualTo(r.group());
        return result.values();
    }

    private String trace() {
        return "t" + traces++;
    }

    private List<Long> buckets(String key, int group) throws Exception {
        KeyedStateBackend<String> backend = harness.getOperator().getKeyedStateBackend();
        backend.setCurrentKey(key);
        ValueState<CounterWindow> state =
                backend.getPartitionedState(
                        VoidNamespace.INSTANCE,
                        VoidNamespaceSerializer.INSTANCE,
                        CounterStateFunction.descriptor(PLAN.group(group)));
        List<Long> out = new ArrayList<>();
        if (state.value() != null) {
            for (long b : state.value().buckets()) {
                out.add(b);
            }
        }
        return out;
    }
}
