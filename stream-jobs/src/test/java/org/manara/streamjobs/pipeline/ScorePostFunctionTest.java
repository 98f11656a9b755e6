package org.manara.streamjobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manara.streamjobs.testing.TestPosts.post;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manara.model.Action;
import org.manara.model.Category;
import org.manara.model.DeadLetter;
import org.manara.model.Json;
import org.manara.model.Post;
import org.manara.model.ScoredPost;
import org.manara.streamjobs.testing.FakeClassifier;
import org.manara.streamjobs.testing.ThresholdVerdicts;

class ScorePostFunctionTest {
    private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");
    static final AtomicInteger CLASSIFIERS_BUILT = new AtomicInteger();

    private OneInputStreamOperatorTestHarness<Post, ScoredPost> harness;

    @BeforeEach
    void open() throws Exception {
        CLASSIFIERS_BUILT.set(0);
        harness =
                ProcessFunctionTestHarnesses.forProcessFunction(
                        new ScorePostFunction(
                                () -> {
                                    CLASSIFIERS_BUILT.incrementAndGet();
                                    return new FakeClassifier();
                                },
                                ThresholdVerdicts::new,
                                Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void scoresAndJudgesEachPost() throws Exception {
        Post spam = post("s", "Buy now, limited offer");
        Post chat = post("c", "lovely weather today");
        harness.processElement(spam, 1);
        harness.processElement(chat, 2);

        assertThat(harness.extractOutputValues())
                .satisfiesExactly(
                        s -> {
                            assertThat(s.post()).isEqualTo(spam);
                            assertThat(s.scores().score(Category.SPAM)).isEqualTo(0.9);
                            assertThat(s.scores().modelVersion())
                                    .isEqualTo(FakeClassifier.MODEL_VERSION);
                            assertThat(s.verdict().action()).isEqualTo(Action.FLAG);
                            assertThat(s.flagged()).isTrue();
                            assertThat(s.scoredAt()).isEqualTo(NOW);
                        },
                        c -> {
                            assertThat(c.verdict().action()).isEqualTo(Action.ALLOW);
                            assertThat(c.flagged()).isFalse();
                        });
    }

    @Test
    void buildsTheClassifierOncePerTask() throws Exception {
        for (int i = 0; i < 5; i++) {
            harness.processElement(post("p" + i, "text " + i), i);
        }
        assertThat(CLASSIFIERS_BUILT).hasValue(1);
    }

    @Test
    void aPostThatBreaksScoringIsDeadLetteredNotFatal() throws Exception {
        Post bad = post("x", "this will explode");
        harness.processElement(bad, 1);
        harness.processElement(post("ok", "fine"), 2);

        assertThat(harness.extractOutputValues())
                .extracting(s -> s.post().id())
                .containsExactly("ok");
        DeadLetter dl =
                harness.getSideOutput(ValidatePostFunction.DEAD_LETTERS).stream()
                        .map(StreamRecord::getValue)
                        .findFirst()
                        .orElseThrow();
        assertThat(dl.source()).isEqualTo(ScorePostFunction.SCORING_SOURCE);
        assertThat(dl.problems().get(0).reason()).contains("scoring failed", "exploded");
        assertThat(Json.mapper().readValue(dl.raw(), Post.class)).isEqualTo(bad);
    }
}
