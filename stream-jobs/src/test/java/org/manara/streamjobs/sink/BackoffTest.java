package org.manara.streamjobs.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(10));

    @Test
    void doublesEachAttemptUpToTheCap() {
        assertThat(backoff.delay(1, 1.0)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.delay(2, 1.0)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.delay(4, 1.0)).isEqualTo(Duration.ofMillis(800));
        assertThat(backoff.delay(8, 1.0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.delay(1_000, 1.0)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void jitterScalesBetweenHalfAndFull() {
        assertThat(backoff.delay(2, 0.0)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.delay(2, 0.5)).isEqualTo(Duration.ofMillis(150));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
