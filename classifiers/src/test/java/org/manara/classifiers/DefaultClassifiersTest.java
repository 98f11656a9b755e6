package org.manara.classifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.manara.model.Category;
import org.manara.model.CategoryScore;
import org.manara.model.Evidence;
import org.manara.model.Post;
import org.manara.model.Scores;

class DefaultClassifiersTest {
    private static final DefaultClassifiers CLASSIFIERS = DefaultClassifiers.shared();

    private static Post post(String text) {
        return Post.of("p1", "a1", text, Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void scoresAPrizeScamAsSpamWithEvidenceSpansIntoTheOriginal() {
        String text =
                "WINNER!! You have won a £1000 cash prize. Claim now: call 09061701461 or visit bit.ly/claim-now";
        Scores s = CLASSIFIERS.score(post(text));
        CategoryScore spam = s.categories().get(Category.SPAM.key());
        assertThat(spam.score()).isGreaterThan(0.9);
        assertThat(spam.evidence()).isNotEmpty();
        for (Evidence e : spam.evidence()) {
            assertThat(e.weight()).isPositive();
            if (e.isSpan()) {
                assertThat(text.substring(e.start(), e.end()).toLowerCase())
                        .isEqualTo(e.detail().toLowerCase());
            }
        }
        assertThat(s.modelVersion()).isEqualTo(DefaultClassifiers.MODEL_VERSION);
    }

    @Test
    void scoringAnAlreadyNormalisedTextGivesTheSameScoresAndEvidence() {
        List<String> texts =
                List.of(
                        "WINNER!! You have won a \u00a31000 cash prize. Claim now: call 09061701461",
                        "Fr\u200Bee entry to w1n ca$h, txt W1N to 80086 now",
                        "you are a worthless idiot and everyone hates you",
                        "\u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064a\u0643\u0645 \u064a\u0627 \u0623\u0635\u062f\u0642\u0627\u0621",
                        "");
        for (String text : texts) {
            Post post = post(text);
            assertThat(
                            CLASSIFIERS.score(
                                    post,
                                    org.manara.classifiers.text.Normalizer.standard()
                                            .normalize(text)))
                    .as(text)
                    .isEqualTo(CLASSIFIERS.score(post));
        }
    }

    @Test
    void scoresOrdinaryChatAsNotSpam() {
        assertThat(
                        CLASSIFIERS
                                .score(post("ok see you at lunch tomorrow, I'll bring the notes"))
                                .score(Category.SPAM))
                .isLessThan(0.1);
    }

    @Test
    void obfuscationDoesNotHideSpam() {
        double plain =
                CLASSIFIERS
                        .score(post("Free entry to win cash, txt WIN to 80086 now"))
                        .score(Category.SPAM);
        double evasive =
                CLASSIFIERS
                        .score(post("Fr\u200Bee entry to w1n ca$h, txt W1N to 80086 now"))
                        .score(Category.SPAM);
        assertThat(plain).isGreaterThan(0.5);
        assertThat(evasive).isGreaterThan(0.5);
    }

    @Test
    void emptyAndNullTextScoreZeroish() {
        assertThat(CLASSIFIERS.score("").score(Category.SPAM)).isBetween(0.0, 0.5);
    }

    @Test
    void isThreadSafe() throws Exception {
        List<String> texts =
                List.of(
                        "URGENT! Your mobile number has won a £2000 bonus. Call 09066368327",
                        "are you coming to the match tonight?",
                        "مبروك لقد ربحت جائزة 1000 دولار اتصل الان",
                        "السلام عليكم كيف حالك");
        double[] expected =
                texts.stream()
                        .mapToDouble(t -> CLASSIFIERS.score(t).score(Category.SPAM))
                        .toArray();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(
                        pool.submit(
                                () -> {
                                    for (int r = 0; r < 200; r++) {
                                        int i = r % texts.size();
                                        if (CLASSIFIERS.score(texts.get(i)).score(Category.SPAM)
                                                != expected[i]) {
                                            return false;
                                        }
                                    }
                                    return true;
                                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
