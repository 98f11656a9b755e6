package org.manara.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-03-01T12:00:00Z",
                "2026-03-01T12:00:00+02:00",
                "2026-03-01T12:00:00-05:30",
                "2026-03-01T12:00:00.5Z",
                "2026-03-01T12:00:00.123456789Z",
                "2026-03-01T12:00:00.000001-00:00",
                "2024-02-29T23:59:59.999+18:00",
                "0001-01-01T00:00:00-18:00",
                "1969-12-31T23:59:59.1Z",
                "9999-12-31T23:59:59.999999999Z"
            })
    void theFastPathReadsTheCommonFormsAsOffsetDateTimeDoes(String s) {
        Instant fast = Timestamps.fast(s);
        assertThat(fast).isNotNull().isEqualTo(OffsetDateTime.parse(s).toInstant());
        assertThat(Timestamps.parse(s)).isEqualTo(fast);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-03-01t12:00:00z", // case-insensitive in OffsetDateTime.parse
                "2026-03-01T12:00Z", // no seconds
                "2026-03-01T12:00:00+02:00:30", // offset with seconds
                "2026-03-01T12:00:00+0200",
                "2026-03-01T12:00:00.Z", // a point without digits is accepted there
                "+12026-03-01T12:00:00Z"
            })
    void otherSpellingsAreLeftToOffsetDateTime(String s) {
        assertThat(Timestamps.fast(s)).isNull();
        Instant expected;
        try {
            expected = OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> Timestamps.parse(s))
                    .isInstanceOf(DateTimeParseException.class)
                    .hasMessage(e.getMessage());
            return;
        }
        assertThat(Timestamps.parse(s)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-02-29T12:00:00Z",
                "2026-13-01T12:00:00Z",
                "2026-03-01T24:00:00Z",
                "2026-03-01T12:60:00Z",
                "2026-03-01T12:00:60Z",
                "2026-03-01T12:00:00+19:00",
                "2026-03-01T12:00:00.1234567890Z",
                "2026-03-01T12:00:00",
                "2026-03-01 12:00:00Z",
                "2026-3-01T12:00:00Z",
                "yesterday",
                ""
            })
    void badTimestampsFailWithOffsetDateTimesOwnError(String s) {
        assertThat(Timestamps.fast(s)).isNull();
        DateTimeParseException expected = null;
        try {
            OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            expected = e;
        }
        assertThat(expected).as("OffsetDateTime.parse refuses %s", s).isNotNull();
        assertThatThrownBy(() -> Timestamps.parse(s))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessage(expected.getMessage());
    }

    @Test
    void agreesWithOffsetDateTimeOnRandomInstantsOffsetsAndFractions() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            Instant t =
                    Instant.ofEpochSecond(
                            random.nextLong(-62_135_596_800L, 253_402_300_799L),
                            random.nextInt(1_000_000_000));
            ZoneOffset offset =
                    ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 60, 18 * 60 + 1) * 60);
            String s = OffsetDateTime.ofInstant(t, offset).toString();
            if (s.charAt(4) != '-' || s.charAt(16) != ':') {
                continue; // years past 9999, or zero seconds left out: not the fast path's forms
            }
            assertThat(Timestamps.fast(s)).as(s).isEqualTo(OffsetDateTime.parse(s).toInstant());
        }
    }
}
