package org.manara.dashboardapi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.manara.dashboardapi.TestPosts;

class PostBatchReaderTest {
    private final PostBatchReader reader = new PostBatchReader(3);

    @Test
    void readsEveryElementOfAnArrayIncludingNonObjects() throws Exception {
        List<IncomingRecord> records =
                reader.read(stream("[{\"id\":\"a\"}, 42, null]"), BodyFormat.JSON_ARRAY);

        assertThat(records).hasSize(3);
        assertThat(records.get(0).id()).isEqualTo("a");
        assertThat(records.get(1).json().isNumber()).isTrue();
        assertThat(records.get(2).json().isNull()).isTrue();
        assertThat(records).allMatch(r -> r.unreadable() == null);
    }

    @Test
    void stopsReadingOnceThereAreTooManyPosts() {
        String four = TestPosts.array("{}", "{}", "{}", "{}");
        // Whatever follows the fourth element is never read: it would throw.
        InputStream body =
                new SequenceInputStream(stream(four.substring(0, four.length() - 1)), failing());

        assertThatThrownBy(() -> reader.read(body, BodyFormat.JSON_ARRAY))
                .isInstanceOf(TooManyPostsException.class);
    }

    @Test
    void nonArrayBodiesAreInvalid() {
        assertThatThrownBy(() -> reader.read(stream("\"hello\""), BodyFormat.JSON_ARRAY))
                .isInstanceOf(InvalidBodyException.class)
                .hasMessageContaining("string");
        assertThatThrownBy(() -> reader.read(stream("[{}"), BodyFormat.JSON_ARRAY))
                .isInstanceOf(InvalidBodyException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> reader.read(stream("   "), BodyFormat.JSON_ARRAY))
                .isInstanceOf(InvalidBodyException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void invalidUtf8InAnArrayIsAnInvalidBody() {
        byte[] body = {'[', '"', (byte) 0xC3, (byte) 0x28, '"', ']'};

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(body), BodyFormat.JSON_ARRAY))
                .isInstanceOf(InvalidBodyException.class);
    }

    @Test
    void ndjsonHandlesCrlfBlankLinesAndAMissingFinalNewline() throws Exception {
        List<IncomingRecord> records =
                reader.read(stream("{\"id\":\"a\"}\r\n\r\n  \n{\"id\":\"b\"}"), BodyFormat.NDJSON);

        assertThat(records).extracting(IncomingRecord::id).containsExactly("a", "b");
    }

    @Test
    void ndjsonLineThatIsNotJsonIsAnUnreadableRecordNamingItsLine() throws Exception {
        List<IncomingRecord> records =
                reader.read(stream("{\"id\":\"a\"}\n\n{oops\n"), BodyFormat.NDJSON);

        assertThat(records).hasSize(2);
        assertThat(records.get(1).unreadable().field()).isEqualTo("$");
        assertThat(records.get(1).unreadable().reason()).startsWith("line 3 is not valid JSON");
    }

    @Test
    void ndjsonCountsOnlyNonBlankLinesAgainstTheLimit() throws Exception {
        assertThat(reader.read(stream("{}\n\n{}\n\n{}\n\n"), BodyFormat.NDJSON)).hasSize(3);
        assertThatThrownBy(() -> reader.read(stream("{}\n{}\n{}\n{}\n"), BodyFormat.NDJSON))
                .isInstanceOf(TooManyPostsException.class);
    }

    @Test
    void ndjsonLongerThanTheReadBufferSplitsCorrectly() throws Exception {
        String text = "y".repeat(20_000);
        String line = "{\"id\":\"long\",\"text\":\"" + text + "\"}";

        List<IncomingRecord> records = reader.read(stream(line + "\n" + line), BodyFormat.NDJSON);

        assertThat(records).hasSize(2);
        assertThat(records.get(1).json().get("text").asText()).hasSize(20_000);
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream failing() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("read past the fourth post");
            }
        };
    }
}
