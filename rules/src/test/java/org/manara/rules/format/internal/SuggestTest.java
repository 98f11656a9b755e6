package org.manara.rules.format.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
    private static final List<String> FIELDS = List.of("when", "action", "labels", "severity");

    @Test
    void suggestsCloseNamesIncludingTranspositions() {
        assertThat(Suggest.closest("whne", FIELDS)).contains("when");
        assertThat(Suggest.closest("lables", FIELDS)).contains("labels");
        assertThat(Suggest.closest("severty", FIELDS)).contains("severity");
        assertThat(Suggest.hint("actoin", FIELDS)).isEqualTo("; did you mean 'action'?");
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertThat(Suggest.closest("banana", FIELDS)).isEmpty();
        assertThat(Suggest.hint("xy", FIELDS)).isEmpty();
    }

    @Test
    void distanceCountsEdits() {
        assertThat(Suggest.distance("spam", "spam")).isZero();
        assertThat(Suggest.distance("spma", "spam")).isEqualTo(1);
        assertThat(Suggest.distance("", "abc")).isEqualTo(3);
        assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
    }
}
