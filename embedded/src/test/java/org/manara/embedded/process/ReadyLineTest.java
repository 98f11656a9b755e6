package org.manara.embedded.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadyLineTest {
    @Test
    void roundTrips() {
        String line = ReadyLine.format("http://127.0.0.1:9200");

        assertThat(line).isEqualTo("READY http://127.0.0.1:9200");
        assertThat(ReadyLine.parse(line)).contains("http://127.0.0.1:9200");
    }

    @Test
    void ignoresOtherLines() {
        assertThat(ReadyLine.parse("[WARN] READY soon")).isEmpty();
        assertThat(ReadyLine.parse("READY ")).isEmpty();
        assertThat(ReadyLine.parse(null)).isEmpty();
        assertThatThrownBy(() -> ReadyLine.format(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
