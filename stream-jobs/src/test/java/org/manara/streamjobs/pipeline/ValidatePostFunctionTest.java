package org.manara.streamjobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manara.streamjobs.testing.TestPosts.json;
import static org.manara.streamjobs.testing.TestPosts.post;
import static org.manara.streamjobs.testing.TestPosts.utf8;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manara.model.DeadLetter;
import org.manara.model.Post;
import org.manara.model.Problem;
import org.manara.model.sample.SyntheticPosts;
import org.manara.streamjobs.serde.RawPost;

class ValidatePostFunctionTest {
    private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");
    private static final int MAX_RAW = 1024;

    private OneInputStreamOperatorTestHarness<RawPost, Post> harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                ProcessFunctionTestHarnesses.forProcessFunction(
                        new ValidatePostFunction(100, MAX_RAW, Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void send(byte[] value, long offset) throws Exception {
        harness.processElement(new RawPost(value, "posts", 3, offset), offset);
    }

    private List<DeadLetter> deadLetters() {
        return harness.getSideOutput(ValidatePostFunction.DEAD_LETTERS).stream()
                .map(StreamRecord::getValue)
                .toList();
    }

    @Test
    void validPostsGoToTheMainOutput() throws Exception {
        Post post = post("p1", "hello world");
        send(json(post), 0);
        assertThat(harness.extractOutputValues()).containsExactly(post);
        assertThat(harness.getSideOutput(ValidatePostFunction.DEAD_LETTERS)).isNull();
    }

    @Test
    void invalidRecordsBecomeDeadLettersWithEveryProblemAndTheirSource() throws Exception {
        byte[] raw = utf8("{\"text\":\"no id\",\"created_at\":\"yesterday\"}");
        send(raw, 42);

        assertThat(harness.extractOutputValues()).isEmpty();
        DeadLetter dl = deadLetters().get(0);
        assertThat(dl.source()).isEqualTo("posts/3/42");
        assertThat(dl.raw()).isEqualTo(raw);
        assertThat(dl.rawText())
                .isEqualTo(new String(raw, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(dl.deadLetteredAt()).isEqualTo(NOW);
        assertThat(dl.problems()).extracting(Problem::field).contains("id", "author", "created_at");
    }

    @Test
    void poisonPillsNeverThrow() throws Exception {
        byte[][] pills = {
            utf8("not json at all"),
            {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
            new byte[0],
            null,
            utf8("null"),
            utf8("{\"id\":null,\"author\":null,\"text\":null,\"created_at\":null}"),
            utf8("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["),
            utf8("{\"id\":\"p\",\"author\":{\"id\":\"u\"},\"text\":\"" + "x".repeat(200) + "\"}"),
            utf8("9".repeat(5000)),
        };
        for (int i = 0; i < pills.length; i++) {
            send(pills[i], i);
        }
        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(deadLetters()).hasSize(pills.length);
        assertThat(deadLetters()).allSatisfy(dl -> assertThat(dl.problems()).isNotEmpty());
        // Not UTF-8: kept as bytes, no text.
        assertThat(deadLetters().get(1).rawText()).isNull();
        assertThat(deadLetters().get(1).raw()).containsExactly(0xC3, 0x28, 0xFF);
        // A tombstone is an empty record.
        assertThat(deadLetters().get(3).problems())
                .containsExactly(new Problem("$", "empty record"));
    }

    @Test
    void everyMalformedSampleIsDeadLettered() throws Exception {
        for (int i = 0; i < 10; i++) {
            send(SyntheticPosts.malformed(i), i);
        }
        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(deadLetters()).hasSize(10);
    }

    @Test
    void hugeRecordsAreCutAndTheCutIsAProblem() throws Exception {
        byte[] huge = utf8("{\"id\":\"" + "x".repeat(5 * MAX_RAW) + "\"}");
        send(huge, 7);

        DeadLetter dl = deadLetters().get(0);
        assertThat(dl.raw()).isEqualTo(Arrays.copyOf(huge, MAX_RAW));
        assertThat(dl.problems())
                .contains(
                        new Problem(
                                "$",
                                "record is "
                                        + huge.length
                                        + " bytes; this dead letter keeps the first "
                                        + MAX_RAW));
    }

    @Test
    void problemListsAreCapped() throws Exception {
        StringBuilder urls = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            urls.append(i == 0 ? "" : ",").append(i);
        }
        send(utf8("{\"urls\":[" + urls + "]}"), 1);

        List<Problem> problems = deadLetters().get(0).problems();
        assertThat(problems.get(0).field()).isEqualTo("id");
        assertThat(problems).hasSize(ValidatePostFunction.MAX_PROBLEMS + 1);
        assertThat(problems.get(problems.size() - 1).reason()).endsWith("more problems not listed");
    }
}
