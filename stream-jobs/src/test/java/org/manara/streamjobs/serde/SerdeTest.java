package org.manara.streamjobs.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.manara.model.DeadLetter;
import org.manara.model.Json;
import org.manara.model.Problem;

class SerdeTest {

    private static List<RawPost> read(byte[] value) {
        List<RawPost> out = new ArrayList<>();
        new RawPostDeserializer()
                .deserialize(
                        new ConsumerRecord<>("posts", 2, 17L, null, value),
                        new Collector<>() {
                            @Override
                            public void collect(RawPost record) {
                                out.add(record);
                            }

                            @Override
                            public void close() {}
                        });
        return out;
    }

    @Test
    void rawRecordsKeepTheirBytesAndCoordinates() {
        byte[] value = {(byte) 0xFF, 0, '{'};
        RawPost raw = read(value).get(0);
        assertThat(raw.value()).isEqualTo(value);
        assertThat(raw.source()).isEqualTo("posts/2/17");
    }

    @Test
    void tombstonesBecomeEmptyRecords() {
        assertThat(read(null).get(0).value()).isEmpty();
    }

    @Test
    void deadLettersRoundTripAsJsonKeyedBySource() throws Exception {
        byte[] raw = {(byte) 0xC3, 0x28};
        DeadLetter dl =
                DeadLetter.of(
                        raw,
                        List.of(new Problem("$", "not valid JSON")),
                        "posts/0/9",
                        Instant.parse("2026-03-01T00:00:00Z"));
        ProducerRecord<byte[], byte[]> record =
                new DeadLetterSerializer("dead").serialize(dl, null, 123L);

        assertThat(record.topic()).isEqualTo("dead");
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("posts/0/9");
        assertThat(record.timestamp()).isEqualTo(123L);
        DeadLetter back = Json.mapper().readValue(record.value(), DeadLetter.class);
        assertThat(back.raw()).isEqualTo(raw);
        assertThat(back.rawText()).isNull();
        assertThat(back.problems()).isEqualTo(dl.problems());
        assertThat(Json.mapper().readTree(record.value()).has("raw_base64")).isTrue();
    }
}
