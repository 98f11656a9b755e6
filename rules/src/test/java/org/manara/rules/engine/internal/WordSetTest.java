package org.manara.rules.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.manara.rules.engine.TextNormalizer;

class WordSetTest {
    private static final TextNormalizer N = TextNormalizer.basic();

    private static WordSet set(String... items) {
        return new WordSet("s", Stream.of(items).map(i -> WordSet.wordsOf(i, N)).toList(), N);
    }

    private static String[] words(String text) {
        return Tokens.split(N.normalize(text));
    }

    @Test
    void matchesWholeWordsAndPhrasesOnly() {
        WordSet s = set("scam", "you have won");
        assertThat(s.matchesAny(words("This is a SCAM!"))).isTrue();
        assertThat(s.matchesAny(words("I love scampi"))).isFalse();
        assertThat(s.matchesAny(words("Congrats, you   have WON."))).isTrue();
        assertThat(s.matchesAny(words("you have wonderful taste"))).isFalse();
        assertThat(s.matchesAny(words("won you have"))).isFalse();
        assertThat(s.matchesAny(words(""))).isFalse();
    }

    @Test
    void matchesArabicAcrossSpellingVariants() {
        WordSet s = set("ربحت جائزة", "واتساب");
        assertThat(s.matchesAny(words("مبروك! رَبِحْتَ جـائزه كبيرة"))).isTrue();
        assertThat(s.matchesAny(words("تواصل على الواتساب"))).isFalse();
        assertThat(s.matchesAny(words("تواصل واتساب ٠٥٥"))).isTrue();
    }

    @Test
    void countsDistinctItems() {
        WordSet s = set("free", "win", "act now");
        assertThat(s.countDistinct(words("free free FREE"))).isEqualTo(1);
        assertThat(s.countDistinct(words("win free stuff, act now"))).isEqualTo(3);
        assertThat(s.countDistinct(words("nothing here"))).isZero();
    }

    @Test
    void containsComparesNormalisedPhrases() {
        WordSet s = set("Free Money", "ربحت جائزة");
        assertThat(s.contains("free   money")).isTrue();
        assertThat(s.contains("ربحت جائزه")).isTrue();
        assertThat(s.contains("free")).isFalse();
        assertThat(s.size()).isEqualTo(2);
    }

    @Test
    void duplicateItemsCountOnce() {
        assertThat(new WordSet("s", List.of(new String[] {"a"}, new String[] {"a"}), N).size())
                .isEqualTo(1);
    }
}
