package org.manara.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.manara.rules.Packs;
import org.manara.rules.format.Diagnostic;

class RuleSetLoaderTest {

    @Test
    void failingEmbeddedTestsMakeTheSetInvalid() {
        LoadResult r =
                Packs.loader()
                        .load(
                                Packs.rules(
                                        """
                                          - id: r
                                            description: d
                                            when: scores.spam > 0.5
                                            action: flag
                                            severity: low
                                            tests:
                                              - name: wrong
                                                post: {text: x}
                                                scores: {spam: 0.9}
                                                expect: {action: none}
                                        """));
        assertThat(r.ok()).isFalse();
        assertThat(r.tests().failed()).isEqualTo(1);
        assertThat(r.errors())
                .extracting(Diagnostic::format)
                .containsExactly(
                        "policies/test.yaml:8:9: error: test 'wrong' of rule 'r' failed:"
                                + " expected no match, got flag");
        assertThat(r.errorsBesidesTests()).isEmpty();
        assertThatThrownBy(r::orThrow)
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("invalid rule set (1 error)")
                .hasMessageContaining("test 'wrong' of rule 'r' failed");
    }

    @Test
    void warningsDoNotStopLoading() {
        LoadResult r =
                Packs.loader()
                        .load(
                                Packs.source(
                                        "sets/words/unused.txt",
                                        "x\n",
                                        "policies/p.yaml",
                                        """
                                        rules:
                                          - id: r
                                            description: d
                                            when: scores.spam > 0.5
                                            action: flag
                                            severity: low
                                            expires: 2026-01-31
                                        """));
        assertThat(r.ok()).isTrue();
        assertThat(r.warnings())
                .extracting(Diagnostic::message)
                .containsExactly(
                        "rule 'r' expired at the end of 2026-01-31 and no longer fires; remove it"
                                + " or move 'expires'",
                        "rule 'r' has no tests",
                        "set 'unused' is not used by any rule");
        assertThat(r.counts()).isEqualTo("1 rules, 1 sets, 1 counters");
    }

    @Test
    void expiredRulesAreStillTestedAndShadowRulesTestedAsIfEnforced() {
        LoadResult r =
                Packs.loader()
                        .load(
                                Packs.rules(
                                        """
                                          - id: r
                                            description: d
                                            when: scores.spam > 0.5
                                            action: remove
                                            severity: low
                                            mode: shadow
                                            expires: 2026-01-31
                                            tests:
                                              - name: fires in its test
                                                post: {text: x}
                                                scores: {spam: 0.9}
                                                expect: {action: remove}
                                              - name: near miss
                                                post: {text: x}
                                                scores: {spam: 0.1}
                                                expect: {action: none}
                                        """));
        assertThat(r.ok()).isTrue();
        assertThat(r.tests().passed()).isEqualTo(2);
    }

    @Test
    void timestampsAndMissingOptionalFieldsInTests() {
        LoadResult r =
                Packs.loader()
                        .load(
                                Packs.rules(
                                        """
                                          - id: r
                                            description: d
                                            when: |
                                              post.created_at < timestamp('2025-01-01T00:00:00Z')
                                                && !has(author.age_days)
                                            action: flag
                                            severity: low
                                            tests:
                                              - name: old post, unknown age
                                                post: {text: x, created_at: "2024-05-01T10:00:00Z"}
                                                expect: {action: flag}
                                              - name: default test time is 2026
                                                post: {text: x}
                                                expect: {action: none}
                                              - name: known age
                                                post: {text: x, created_at: "2024-05-01T10:00:00Z"}
                                                author: {age_days: 10}
                                                expect: {action: none}
                                        """));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.tests().passed()).isEqualTo(3);
    }

    @Test
    void aCustomNormaliserIsUsedForTextAndSets() {
        // A normaliser that folds the digit 3 to e, as a leetspeak-aware pipeline would.
        TextNormalizer leet = s -> TextNormalizer.basic().normalize(s).replace('3', 'e');
        RuleSet set = freeWordSet(leet, "post.text");
        var post = org.manara.model.Post.of("p", "a", "fr33 stuff", Packs.NOW);
        assertThat(set.input(post, java.util.Map.of()).post().normalizedText())
                .isEqualTo("free stuff");
        assertThat(set.evaluate(set.input(post, java.util.Map.of())).matched()).hasSize(1);
    }

    @Test
    void theSetsOwnNormalisersTextIsSplitWithoutBeingNormalisedAgain() {
        AtomicInteger calls = new AtomicInteger();
        TextNormalizer counting =
                s -> {
                    calls.incrementAndGet();
                    return TextNormalizer.basic().normalize(s);
                };
        RuleSet set = freeWordSet(counting, "post.normalized_text");
        var post = org.manara.model.Post.of("p", "a", "FREE stuff", Packs.NOW);

        // made by the set's own normaliser: split only
        RuleInput own = set.input(post, java.util.Map.of());
        calls.set(0);
        assertThat(set.evaluate(own, Packs.NOW, counting).matched()).hasSize(1);
        assertThat(calls).hasValue(0);

        // made elsewhere (a new string, so nothing is cached), or unknown: normalised first
        TextNormalizer other = TextNormalizer.basic();
        for (TextNormalizer by : java.util.Arrays.asList(other, null)) {
            RuleInput input = set.input(post, java.util.Map.of());
            calls.set(0);
            assertThat(set.evaluate(input, Packs.NOW, by).matched()).hasSize(1);
            assertThat(calls).hasValue(1);
        }

        // a text that is not the normaliser's output still matches only after folding
        PostFacts f = set.input(post, java.util.Map.of()).post();
        RuleInput shouting =
                new RuleInput(
                        f.withNormalizedText(new String("FREE stuff")),
                        set.input(post, java.util.Map.of()).author(),
                        java.util.Map.of(),
                        java.util.Map.of(),
                        null);
        assertThat(set.evaluate(shouting, Packs.NOW, null).matched()).hasSize(1);
    }

    /** A set with the words set {@code w} = [free] and one rule: contains_any(field, 'w'). */
    private static RuleSet freeWordSet(TextNormalizer normalizer, String field) {
        return new RuleSetLoader(normalizer, java.time.Clock.systemUTC())
                .load(
                        Packs.source(
                                "sets/words/w.txt",
                                "free\n",
                                "policies/p.yaml",
                                """
                                rules:
                                  - id: r
                                    description: d
                                    when: contains_any(%s, 'w')
                                    action: flag
                                    severity: low
                                """
                                        .formatted(field)))
                .orThrow();
    }
}
