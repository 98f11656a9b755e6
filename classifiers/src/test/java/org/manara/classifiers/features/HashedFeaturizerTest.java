package org.manara.classifiers.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

class HashedFeaturizerTest {
    private static final Function<String, TextView> ANALYZER = NormalizedView::of;

    @Test
    void vectorsAreSortedAndEachTextGroupHasUnitNorm() {
        HashedFeaturizer f =
                new HashedFeaturizer(
                        FeatureConfig.parse("bits=18 word=1-2 char=2-5 signals=none"), null);
        SparseVector v = f.vector(ANALYZER.apply("Free free entry to win"));
        for (int i = 1; i < v.size(); i++) {
            assertThat(v.indices()[i]).isGreaterThan(v.indices()[i - 1]);
        }
        double sq = 0;
        for (float x : v.values()) {
            sq += x * x;
        }
        // word group and char group each have norm 1 (collisions across groups are rare)
        assertThat(sq).isCloseTo(2.0, within(0.05));
    }

    @Test
    void evasiveSpellingsShareFeaturesWithThePlainOne() {
        HashedFeaturizer f =
                new HashedFeaturizer(
                        FeatureConfig.parse("bits=20 word=1-1 char=0-0 signals=none"), null);
        assertThat(f.vector(ANALYZER.apply("FREE CASH")).indices())
                .isEqualTo(f.vector(ANALYZER.apply("fr\u200Bee ｃａｓｈ")).indices());
    }

    @Test
    void spamSignalsFireWithSpans() {
        HashedFeaturizer f =
                new HashedFeaturizer(
                        FeatureConfig.parse("bits=20 word=0-0 char=0-0 signals=spam"),
                        SpamSignals.standard(ANALYZER));
        String text = "WIN £500 now!!! call 09061701461 or bit.ly/x";
        SparseVector v = f.vector(ANALYZER.apply(text));
        int[] idx = SpamSignals.indices((1 << 20) - 1);
        java.util.Set<String> fired = new java.util.TreeSet<>();
        for (int i = 0; i < SpamSignals.NAMES.size(); i++) {
            if (java.util.Arrays.binarySearch(v.indices(), idx[i]) >= 0) {
                fired.add(SpamSignals.NAMES.get(i));
            }
        }
        assertThat(fired)
                .contains(
                        "url",
                        "short_url",
                        "phone",
                        "money",
                        "prize_term",
                        "call_to_action",
                        "exclamations",
                        "caps_ratio");
        assertThat(fired).doesNotContain("crypto_term", "email");
    }

    @Test
    void configSpecRoundTrips() {
        FeatureConfig c = FeatureConfig.parse("bits=16 word=1-3 char=0-0 signals=none");
        assertThat(FeatureConfig.parse(c.spec())).isEqualTo(c);
    }
}
