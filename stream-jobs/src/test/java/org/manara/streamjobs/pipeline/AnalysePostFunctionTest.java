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
import org.manara.model.Category;
import org.manara.model.DeadLetter;
import org.manara.model.Json;
import org.manara.model.Post;
import org.manara.streamjobs.testing.FakeClassifier;
import org.manara.streamjobs.testing.TestAnalyzer;

class AnalysePostFunctionTest {
    private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");
    static final AtomicInteger CLASSIFIERS_BUILT = new AtomicInteger();

    private OneInputStreamOperatorTestHarness<Post, EnrichedPost> harness;

    @BeforeEach
    void open() throws Exception {
        CLASSIFIERS_BUILT.set(0);
        harness =
                ProcessFunctionTestHarnesses.forProcessFunction(
                        new AnalysePostFunction(
                                TestAnalyzer::shared,
                                () -> {
                                    CLASSIFIERS_BUILT.incrementAndGet();
                                    return new FakeClassifier();
                                },
                                Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void analysesAndScoresEachPost() throws Exception {
        Post spam = post("s", "BUY NOW, limited offer at https://x.example/a");
        Post arabic = post("a", "الجو جميل جدا اليوم في المدينة والناس سعداء");
        harness.processElement(spam, 1);
        harness.processElement(arabic, 2);

        assertThat(harness.extractOutputValues())
                .satisfiesExactly(
                        s -> {
                            assertThat(s.post()).isEqualTo(spam);
                            assertThat(s.scores().score(Category.SPAM)).isEqualTo(0.9);
                            assertThat(s.scores().categories().get("spam").evidence()).isNotEmpty();
                            assertThat(s.analysis().normalizedText()).contains("buy now");
                            assertThat(s.analysis().lang()).isEqualTo("en");
                            assertThat(s.analysis().simhash()).hasSize(16);
                            // the band keys travel as numbers; the full analysis has them as
                            // hex, as PostAnalyzer.analyse gives them
                            assertThat(s.analysis().lshBands()).isEmpty();
                            assertThat(s.bandKeys()).hasSize(32);
                            assertThat(s.fullAnalysis())
                                    .isEqualTo(TestAnalyzer.shared().analyse(spam));
                            assertThat(s.fullAnalysis().lshBands()).hasSize(32);
                            assertThat(s.lshBands(4))
                                    .isEqualTo(s.fullAnalysis().lshBands().subList(0, 4));
                            assertThat(s.counters()).isEmpty();
                            assertThat(s.traceId()).isNotBlank();
                        },
                        a -> {
                            assertThat(a.analysis().lang()).isEqualTo("ar");
                            assertThat(a.analysis().langConfidence()).isBetween(0.0, 1.0);
                        });
    }

    @Test
    void keepsTheLanguageTheIntegratorGave() throws Exception {
        Post given =
                new Post(
                        "g",
                        null,
                        post("g", "x").author(),
                        "bonjour tout le monde",
                        "fr",
                        NOW,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
        harness.processElement(given, 1);
        var out = harness.extractOutputValues().get(0);
        assertThat(out.analysis().lang()).isEqualTo("fr");
        assertThat(out.analysis().langConfidence()).isEqualTo(1.0);
    }

    @Test
    void nearCopiesShareBandsAndEachRecordHasItsOwnTraceId() throws Exception {
        harness.processElement(post("1", "Join the march downtown at noon! #justice"), 1);
        harness.processElement(post("2", "join the march downtown at noon!! #justice 🔥"), 2);
        var out = harness.extractOutputValues();
        assertThat(out.get(0).fullAnalysis().lshBands())
                .containsAnyElementsOf(out.get(1).fullAnalysis().lshBands());
        assertThat(out.get(0).traceId()).isNotEqualTo(out.get(1).traceId());
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
        assertThat(dl.source()).isEqualTo(AnalysePostFunction.SCORING_SOURCE);
        assertThat(dl.problems().get(0).reason()).contains("scoring failed", "exploded");
        assertThat(Json.mapper().readValue(dl.raw(), Post.class)).isEqualTo(bad);
    }
}
