package org.manara.rules.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.manara.model.Action;
import org.manara.rules.Inputs;
import org.manara.rules.Packs;
import org.manara.rules.engine.LoadResult;
import org.manara.rules.engine.RuleSet;
import org.manara.rules.format.Diagnostic;

class CelEnvironmentTest {

    private static LoadResult load(String when) {
        return Packs.loader()
                .load(
                        Packs.rules(
                                """
                                  - id: r
                                    description: d
                                    when: "%s"
                                    action: flag
                                    severity: low
                                """
                                        .formatted(when)));
    }

    private static String firstError(String when) {
        LoadResult r = load(when);
        assertThat(r.ok()).as("%s should not load", when).isFalse();
        return r.errors().get(0).message();
    }

    @Test
    void misspeltFieldsAreTypeErrorsAtLoad() {
        assertThat(firstError("post.txt == 'x'"))
                .isEqualTo(
                        "rule 'r': CEL type error: post has no field 'txt'; did you mean 'text'?");
        assertThat(firstError("author.agedays > 3")).contains("author has no field 'agedays'");
        assertThat(firstError("scores.spma > 0.5")).contains("unknown score category 'spma'");
        assertThat(firstError("counters.nope > 1")).contains("unknown counter 'nope'");
        assertThat(firstError("campaign.members > 1")).contains("campaign has no field 'members'");
    }

    @Test
    void typesAreChecked() {
        assertThat(firstError("post.text == 1")).contains("no matching overload for '_==_'");
        assertThat(firstError("scores.spam")).contains("expected type 'bool' but found 'double'");
        assertThat(firstError("post.urls > 2")).contains("no matching overload");
        assertThat(load("scores.spam > 0").ok()).as("int/double comparison").isTrue();
        assertThat(load("counters.author_posts_1h >= 2.5").ok()).isTrue();
    }

    @Test
    void everyCategoryIsAScore() {
        for (var c : org.manara.model.Category.values()) {
            assertThat(load("scores." + c.key() + " >= 0.0").ok()).as(c.key()).isTrue();
        }
    }

    @Test
    void campaignAbsenceIsTestedWithHas() {
        RuleSet s = load("has(campaign.id) && campaign.size >= 3").orThrow();
        assertThat(s.evaluate(Inputs.post("x").build(), Packs.NOW).action())
                .isEqualTo(Action.ALLOW);
        assertThat(s.evaluate(Inputs.post("x").campaign("c", 5, 0.9).build(), Packs.NOW).action())
                .isEqualTo(Action.FLAG);
        assertThat(s.ruleErrors()).containsEntry("r", 0L);
    }

    @Test
    void regexesUseRe2AndCannotBacktrackCatastrophically() {
        RuleSet s = load("post.text.matches('(a+)+$')").orThrow();
        String evil = "a".repeat(100_000) + "!";
        long start = System.nanoTime();
        var v = s.evaluate(Inputs.post(evil).build(), Packs.NOW);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(v.action()).isEqualTo(Action.ALLOW);
        // A backtracking engine needs about 2^100000 steps here; RE2 is linear in the input.
        assertThat(took).isLessThan(Duration.ofSeconds(2));
        // And CEL's matches() is a search, not a whole-string match.
        RuleSet partial = load("post.text.matches('wor[l]d')").orThrow();
        assertThat(partial.evaluate(Inputs.post("hello world!").build(), Packs.NOW).action())
                .isEqualTo(Action.FLAG);
    }

    @Test
    void invalidRegexLiteralsFailAtLoadNotAtRunTime() {
        assertThat(firstError("post.text.matches('[a-')"))
                .startsWith("rule 'r': invalid regular expression: ");
        assertThat(load("post.text.matches('(?i)colou?r')").ok()).isTrue();
    }

    @Test
    void setNamesMustBeLiteralsOfTheRightKind() {
        LoadResult r =
                Packs.loader()
                        .load(
                                Packs.source(
                                        "sets/words/w.txt",
                                        "free\n",
                                        "sets/domains/d.txt",
                                        "bit.ly\n",
                                        "policies/p.yaml",
                                        """
                                        rules:
                                          - id: r
                                            description: d
                                            when: >-
                                              domain_in(post.domains, 'w')
                                              || contains_any(post.text, post.lang)
                                              || count_any(post.text, 'd') > 1
                                              || in_set('nope', post.text)
                                            action: flag
                                            severity: low
                                        """));
        assertThat(r.errors())
                .extracting(Diagnostic::message)
                .containsExactly(
                        "rule 'r': domain_in() needs a domains set; 'w' is a words set",
                        "rule 'r': the set name given to contains_any() must be a string literal",
                        "rule 'r': count_any() needs a words set; 'd' is a domains set",
                        "rule 'r': unknown set 'nope' (no file sets/*/nope.txt or .yaml)");
    }
}
