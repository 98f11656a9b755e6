package org.manara.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.manara.model.Category;
import org.manara.rules.Inputs;
import org.manara.rules.Packs;
import org.manara.rules.engine.internal.CompiledRule;
import org.manara.rules.engine.internal.InputView;
import org.manara.rules.engine.internal.Prefilter;
import org.manara.rules.engine.internal.Variables;
import org.manara.rules.format.RuleDefinition;

/**
 * The prefilter may only decide what CEL would decide: over many random inputs and every rule of
 * the default pack plus some tricky ones, whenever it says TRUE or FALSE, the CEL program, run
 * anyway, must agree (and not fail).
 */
class PrefilterEquivalenceTest {
    private static final String TRICKY =
            """
              - id: t.or_unknown
                description: An unknown disjunct.
                when: post.text.startsWith('a') || scores.spam > 0.5
                action: flag
                severity: low
              - id: t.optional
                description: Optional fields without has().
                when: author.age_days < 7 || campaign.size > 3
                action: flag
                severity: low
              - id: t.negation
                description: Negations and equality.
                when: "!(post.lang == 'en') && !post.is_reply && author.verified == false"
                action: flag
                severity: low
              - id: t.sizes
                description: Sizes and sets.
                when: "size(post.mentions) != 2 && post.urls.size() <= 1 && in_set('w', post.mentions)"
                action: flag
                severity: low
              - id: t.arith
                description: Arithmetic is left to CEL.
                when: counters.author_posts_1h * 2 > 5 && scores.spam + 0.1 >= 0.3
                action: flag
                severity: low
              - id: t.ternary
                description: A conditional is left to CEL.
                when: "(post.is_reply ? scores.spam : scores.hate) > 0.5"
                action: flag
                severity: low
            """;

    @Test
    void decidedOutcomesAgreeWithCel() {
        RuleSet pack = RuleSetLoader.standard().loadDefaultPack().orThrow();
        RuleSet tricky =
                Packs.load(
                        Packs.source(
                                "sets/words/w.txt",
                                "bob\nfree money\n",
                                "policies/t.yaml",
                                "rules:\n" + TRICKY.stripIndent()));
        Random rnd = new Random(7);
        List<RuleInput> inputs = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            inputs.add(randomInput(rnd));
        }
        int decided = 0;
        int checked = 0;
        for (RuleSet set : List.of(pack, tricky)) {
            for (RuleInput in : inputs) {
                Variables vars = new Variables(in, set.counterNames());
                InputView view = new InputView(in, set.counterNames());
                for (RuleDefinition d : set.rules()) {
                    CompiledRule r = set.compiled(d.id());
                    Object pre = r.prefilter().evaluate(view);
                    checked++;
                    if (pre == Prefilter.UNKNOWN) {
                        continue;
                    }
                    decided++;
                    boolean cel;
                    try {
                        cel = r.matchesOrThrow(vars);
                    } catch (Exception e) {
                        throw new AssertionError(
                                d.id() + ": prefilter decided " + pre + " but CEL failed", e);
                    }
                    assertThat(cel).as("%s on %s", d.id(), in).isEqualTo(pre);
                }
            }
        }
        // The point of the prefilter: it settles nearly everything on the default pack.
        assertThat(decided).isGreaterThan(checked / 2);
    }

    private static RuleInput randomInput(Random rnd) {
        String[] texts = {
            "you have won a prize, claim your prize",
            "مبروك ربحت جائزة اضغط هنا",
            "Invest in bitcoin, guaranteed profit daily, whatsapp 055 123 4567",
            "lovely weather today",
            "@bob you idiot, watch your back",
            "قروض سريعة بدون كفيل تواصل واتساب",
            "free money",
            "a fine morning",
            "تعبت، ابي اموت",
            "هؤلاء حشرات"
        };
        Inputs b = Inputs.post(texts[rnd.nextInt(texts.length)]);
        if (rnd.nextBoolean()) {
            b.urls(
                    rnd.nextBoolean() ? "https://bit.ly/x" : "https://free-prizes.example/c",
                    "https://a.example");
        }
        if (rnd.nextInt(3) == 0) {
            b.mentions("bob", "x", "y", "z", "w", "v", "u", "t", "s");
        } else if (rnd.nextBoolean()) {
            b.mentions("bob", "amal");
        }
        if (rnd.nextBoolean()) {
            b.reply();
        }
        b.lang(rnd.nextBoolean() ? "ar" : "en");
        if (rnd.nextBoolean()) {
            b.ageDays(rnd.nextInt(40));
        }
        if (rnd.nextBoolean()) {
            b.followers(rnd.nextInt(3));
        }
        b.priorActions(rnd.nextInt(7));
        Map<String, Double> scores = new HashMap<>();
        for (Category c : Category.values()) {
            if (rnd.nextBoolean()) {
                scores.put(c.key(), rnd.nextInt(21) / 20.0);
            }
        }
        b.scores(scores);
        Map<String, Long> counters = new HashMap<>();
        for (String c :
                List.of(
                        "author_posts_10m",
                        "author_posts_1h",
                        "url_authors_10m",
                        "domain_authors_1h",
                        "fingerprint_posts_1h",
                        "fingerprint_authors_1h",
                        "hashtag_authors_10m")) {
            if (rnd.nextBoolean()) {
                counters.put(c, (long) rnd.nextInt(300));
            }
        }
        b.counters(counters);
        if (rnd.nextBoolean()) {
            b.campaign("c" + rnd.nextInt(5), rnd.nextInt(400), rnd.nextInt(11) / 10.0);
        }
        return b.build();
    }
}
