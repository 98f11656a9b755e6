package org.manara.classifiers.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.manara.classifiers.DefaultClassifiers;
import org.manara.classifiers.features.NormalizedView;
import org.manara.model.Category;
import org.manara.model.CategoryScore;
import org.manara.model.Evidence;

class PolicyClassifierTest {
    private static final PolicyClassifier POLICY = DefaultClassifiers.shared().policy();

    private static Map<String, CategoryScore> score(String text) {
        Map<String, CategoryScore> out = new HashMap<>();
        POLICY.score(NormalizedView.of(text), out);
        return out;
    }

    @Test
    void scoresEveryPolicyCategoryInRange() {
        Map<String, CategoryScore> s = score("have a nice day");
        for (Category c : Category.values()) {
            if (c != Category.SPAM) {
                assertThat(s).containsKey(c.key());
                assertThat(s.get(c.key()).score()).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void lexiconCategoriesFireWithSpansInEnglishAndArabic() {
        String en = "I know where you live and I will kill you";
        CategoryScore threat = score(en).get("threat");
        assertThat(threat.score()).isGreaterThanOrEqualTo(0.9);
        Evidence e = threat.evidence().get(0);
        assertThat(en.substring(e.start(), e.end())).isEqualTo(e.detail());

        assertThat(score("راح اذبحك").get("threat").score()).isGreaterThan(0.9);
        assertThat(score("I want to kill myself").get("self_harm").score()).isGreaterThan(0.9);
        assertThat(score("بدي انتحر").get("self_harm").score()).isGreaterThan(0.9);
        assertThat(score("send nudes").get("sexual").score()).isGreaterThan(0.9);
        assertThat(score("يا حمار").get("harassment").score()).isGreaterThan(0.9);
        assertThat(score("you idiot").get("harassment").score()).isGreaterThan(0.9);
    }

    @Test
    void benignTextScoresLowOnLexiconCategories() {
        Map<String, CategoryScore> s = score("this song kills it, see you at the gym");
        assertThat(s.get("threat").score()).isZero();
        assertThat(s.get("self_harm").score()).isZero();
        assertThat(s.get("sexual").score()).isZero();
    }

    @Test
    void trainedModelsSeparateObviousCases() {
        assertThat(
                        score("all immigrants are vermin and should be exterminated")
                                .get("hate")
                                .score())
                .isGreaterThan(
                        score("immigrants opened a new bakery downtown").get("hate").score());
        assertThat(score("shut up you stupid bitch").get("offensive").score()).isGreaterThan(0.8);
        assertThat(score("thank you for the lovely dinner").get("offensive").score())
                .isLessThan(0.5);
        CategoryScore off = score("shut up you stupid bitch").get("offensive");
        assertThat(off.evidence()).isNotEmpty();
    }
}
