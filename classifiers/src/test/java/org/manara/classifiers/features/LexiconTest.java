package org.manara.classifiers.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static final Function<String, TextView> ANALYZER = NormalizedView::of;

    private static final Lexicon LEX =
            Lexicon.of(
                    "test",
                    List.of(
                            "# comment",
                            "",
                            "kill you",
                            "i will kill you\t0.9",
                            "idiot\t0.5",
                            "حمار",
                            "يا كلب"),
                    ANALYZER);

    private static List<String> matches(String text) {
        TextView v = ANALYZER.apply(text);
        return LEX.find(v).stream()
                .map(
                        m ->
                                v.original()
                                        .substring(
                                                v.originalStart(m.start()), v.originalEnd(m.end())))
                .toList();
    }

    @Test
    void matchesWholeTokensOnlyAndPrefersTheLongestPhrase() {
        assertThat(matches("I WILL KILL YOU tomorrow")).containsExactly("I WILL KILL YOU");
        assertThat(matches("they kill you slowly")).containsExactly("kill you");
        assertThat(matches("idiotic plan")).isEmpty();
        assertThat(matches("you idiot.")).containsExactly("idiot");
    }

    @Test
    void matchesThroughEvasionAndReportsOriginalSpans() {
        assertThat(matches("you 1d10t")).containsExactly("1d10t");
        assertThat(matches("ｉｄｉｏｔ")).containsExactly("ｉｄｉｏｔ");
        assertThat(matches("id\u200Biot!")).containsExactly("id\u200Biot");
    }

    @Test
    void matchesArabicWithProcliticsAndDiacritics() {
        assertThat(matches("انت حمار")).containsExactly("حمار");
        assertThat(matches("والحمار")).containsExactly("والحمار");
        assertThat(matches("حِمَار")).containsExactly("حِمَار");
        assertThat(matches("يا كلب")).containsExactly("يا كلب");
        assertThat(matches("حماره")).isEmpty();
    }

    @Test
    void rejectsBadWeights() {
        assertThatThrownBy(() -> Lexicon.of("bad", List.of("term\t1.5"), ANALYZER))
                .hasMessageContaining("bad:1");
        assertThatThrownBy(() -> Lexicon.of("bad", List.of("ok", "term\tx"), ANALYZER))
                .hasMessageContaining("bad:2");
    }

    @Test
    void shippedLexiconsLoad() {
        for (String name :
                List.of(
                        "threat",
                        "sexual",
                        "self_harm",
                        "harassment",
                        "spam-prize",
                        "spam-crypto",
                        "spam-action")) {
            Lexicon l =
                    Lexicon.resource("/org/manara/classifiers/lexicon/" + name + ".txt", ANALYZER);
            assertThat(l.terms()).hasSizeGreaterThan(20);
        }
    }
}
