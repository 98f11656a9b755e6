package org.manara.classifiers.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.manara.classifiers.text.TestCorpus;

/** Loads the real CoreNLP models (several seconds each), hence an IT. */
class CoreNlpPipelinesIT {

    private static final CoreNlpPipelines PIPELINES = CoreNlpPipelines.create();

    @Test
    void englishTokensLemmasPosAndEntitiesWithOriginalSpans() {
        String post =
                "RT @cnn: Barack Obama visited Paris with Google executives!! 😂❤️ http://t.co/x"
                        + " They were running late.";
        NlpAnalysis a = PIPELINES.analyze(post, "en");
        assertThat(a.analyzed()).isTrue();
        assertThat(a.sentences()).isEqualTo(2);
        assertThat(a.entities())
                .extracting(NlpEntity::text, NlpEntity::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Barack Obama", "PERSON"),
                        org.assertj.core.groups.Tuple.tuple("Paris", "LOCATION"),
                        org.assertj.core.groups.Tuple.tuple("Google", "ORGANIZATION"));
        for (NlpEntity e : a.entities()) {
            assertThat(post.substring(e.start(), e.end())).isEqualTo(e.text());
        }
        for (NlpToken t : a.tokens()) {
            assertThat(post.substring(t.start(), t.end())).isEqualTo(t.word());
        }
        NlpToken visited = find(a, "visited");
        assertThat(visited.lemma()).isEqualTo("visit");
        assertThat(visited.pos()).isEqualTo("VBD");
        assertThat(find(a, "running").lemma()).isEqualTo("run");
        assertThat(a.tokens())
                .noneMatch(t -> t.word().contains("http") || t.word().contains("cnn"));
    }

    @Test
    void arabicSegmentsCliticsAndTagsWithSpansInsideTheOriginalWords() {
        String post = "ذهب الرئيسُ إلى القاهرة وبالمدرسة كتب الطلاب 😂 @user";
        NlpAnalysis a = PIPELINES.analyze(post, "ar");
        assertThat(a.analyzed()).isTrue();
        assertThat(a.tokens()).extracting(NlpToken::word).contains("و", "ب", "المدرسة", "القاهرة");
        NlpToken cairo = find(a, "القاهرة");
        assertThat(cairo.pos()).isEqualTo("DTNNP");
        assertThat(post.substring(cairo.start(), cairo.end())).isEqualTo("القاهرة");
        NlpToken wa = find(a, "و");
        assertThat(wa.pos()).isEqualTo("CC");
        assertThat(post.substring(wa.start(), wa.end())).isEqualTo("و");
        assertThat(find(a, "المدرسة").start()).isEqualTo(post.indexOf("المدرسة"));
        assertThat(a.tokens()).allMatch(t -> t.lemma() == null && t.pos() != null);
        assertThat(a.entities()).isEmpty();
    }

    @Test
    void otherLanguagesAreNotAnalyzed() {
        NlpAnalysis a = PIPELINES.analyze("Bonjour tout le monde", "fr");
        assertThat(a.analyzed()).isFalse();
        assertThat(a.tokens()).isEmpty();
        assertThat(PIPELINES.supports("en")).isTrue();
        assertThat(PIPELINES.supports("fr")).isFalse();
    }

    /**
     * One shared pipeline per language annotating from four threads gives the sequential results.
     */
    @Test
    void sharedPipelinesAreThreadSafe() throws Exception {
        List<String[]> posts = posts();
        List<NlpAnalysis> sequential = new ArrayList<>();
        for (String[] p : posts) {
            sequential.add(PIPELINES.analyze(p[1], p[0]));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<NlpAnalysis>> futures = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (String[] p : posts) {
                    futures.add(pool.submit(() -> PIPELINES.analyze(p[1], p[0])));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % posts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String[]> posts() {
        List<String[]> out = new ArrayList<>();
        Optional<Path> datasets = TestCorpus.datasets();
        if (datasets.isPresent()) {
            TestCorpus.airline(datasets.get()).stream()
                    .limit(150)
                    .forEach(t -> out.add(new String[] {"en", t}));
            TestCorpus.mlma(datasets.get(), "ar").stream()
                    .limit(150)
                    .forEach(t -> out.add(new String[] {"ar", t}));
        } else {
            out.add(
                    new String[] {
                        "en", "@united my flight from Denver to Chicago was cancelled again"
                    });
            out.add(new String[] {"en", "Thanks Delta, the crew in Atlanta was great"});
            out.add(new String[] {"ar", "ذهب الرئيس إلى القاهرة وبالمدرسة كتب الطلاب"});
            out.add(new String[] {"ar", "الخدمة في مطار دبي كانت ممتازة اليوم"});
        }
        return out;
    }

    private static NlpToken find(NlpAnalysis a, String word) {
        return a.tokens().stream()
                .filter(t -> t.word().equals(word))
                .findFirst()
                .orElseThrow(() -> new AssertionError(word + " not in " + a.tokens()));
    }
}
