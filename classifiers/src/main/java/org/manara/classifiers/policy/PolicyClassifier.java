package org.manara.classifiers.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.manara.classifiers.features.FeatureBuffer;
import org.manara.classifiers.features.Lexicon;
import org.manara.classifiers.features.TextView;
import org.manara.classifiers.train.LinearTextModel;
import org.manara.classifiers.train.ModelIo;
import org.manara.model.Category;
import org.manara.model.CategoryScore;
import org.manara.model.Evidence;

/**
 * Scores the policy categories other than spam. {@code offensive} and {@code hate} come from
 * logistic-regression models trained on the licensed English and Arabic data (Davidson et al.,
 * MLMA, ETHOS, the Jigsaw sample; see docs/evaluation.md), both over the same features so one
 * featurisation serves both. {@code harassment}, {@code threat}, {@code sexual} and {@code
 * self_harm} have no licensed training data and come from the team's reviewed English and Arabic
 * lexicons. Reviewed profanity/insult and hate lexicons, and harassment or threat matches, lift
 * {@code offensive} and {@code hate} (a direct insult or threat is offensive whatever the model
 * says). On Arabic text the models are capped below 0.5 ({@link #ARABIC_MODEL_CAP}), so Arabic
 * flags come from the lexicons. Thread-safe.
 */
public final class PolicyClassifier {
    public static final String OFFENSIVE_MODEL = "/org/manara/classifiers/policy/offensive.model";
    public static final String HATE_MODEL = "/org/manara/classifiers/policy/hate.model";
    private static final String LEXICONS = "/org/manara/classifiers/lexicon/";

    /**
     * The most the trained models may say on their own about Arabic text. Their only licensed
     * Arabic data (MLMA) was sampled with hate keywords, and on everyday Arabic posts they flag
     * nearly everything (measured on OSACT dev and L-HSAB, docs/evaluation.md); below 0.5 they
     * still rank posts, but Arabic flags come from the reviewed lexicons.
     */
    static final double ARABIC_MODEL_CAP = 0.45;

    private final LinearTextModel offensive;
    private final LinearTextModel hate;
    private final Map<Category, LexiconScorer> lexicons;
    private final LexiconScorer offensiveTerms;
    private final LexiconScorer hateTerms;

    public PolicyClassifier(
            LinearTextModel offensive,
            LinearTextModel hate,
            Map<Category, LexiconScorer> lexicons,
            LexiconScorer offensiveTerms,
            LexiconScorer hateTerms) {
        if (!offensive.featureConfig().equals(hate.featureConfig())) {
            throw new IllegalArgumentException("offensive and hate models must share features");
        }
        this.offensive = offensive;
        this.hate = hate;
        this.lexicons = new EnumMap<>(lexicons);
        this.offensiveTerms = offensiveTerms;
        this.hateTerms = hateTerms;
    }

    /** The shipped models and lexicons, with lexicon terms folded by {@code analyzer}. */
    public static PolicyClassifier load(Function<String, TextView> analyzer) {
        Map<Category, LexiconScorer> lex = new EnumMap<>(Category.class);
        for (Category c :
                List.of(
                        Category.HARASSMENT,
                        Category.THREAT,
                        Category.SEXUAL,
                        Category.SELF_HARM)) {
            lex.put(
                    c,
                    new LexiconScorer(
                            Lexicon.resource(LEXICONS + c.key() + ".txt", analyzer),
                            c.key() + "_term"));
        }
        return new PolicyClassifier(
                new LinearTextModel(ModelIo.resource(OFFENSIVE_MODEL), null),
                new LinearTextModel(ModelIo.resource(HATE_MODEL), null),
                lex,
                new LexiconScorer(
                        Lexicon.resource(LEXICONS + "offensive.txt", analyzer), "offensive_term"),
                new LexiconScorer(Lexicon.resource(LEXICONS + "hate.txt", analyzer), "hate_term"));
    }

    public LinearTextModel offensiveModel() {
        return offensive;
    }

    public LinearTextModel hateModel() {
        return hate;
    }

    /** Adds a score for every policy category to {@code out}. */
    public void score(TextView view, Map<String, CategoryScore> out) {
        score(view, offensive.featurize(view), out);
    }

    /**
     * As {@link #score(TextView, Map)} over a buffer already featurised for this text with features
     * {@link LinearTextModel#canScoreBuffersOf compatible} with the policy models.
     */
    public void score(TextView view, FeatureBuffer buf, Map<String, CategoryScore> out) {
        LinearTextModel.Scored off = offensive.score(view, buf, "offensive", 5, "offensive_model");
        LinearTextModel.Scored h = hate.score(view, buf, "hate", 5, "hate_model");
        Lexicon.TokenHashes th = Lexicon.tokenHashes(view);
        for (Map.Entry<Category, LexiconScorer> e : lexicons.entrySet()) {
            out.put(e.getKey().key(), e.getValue().score(view, th));
        }
        boolean arabic = arabicShare(view.normalized()) >= 0.5;
        double cap = arabic ? ARABIC_MODEL_CAP : 1.0;
        CategoryScore offensiveScore =
                new CategoryScore(Math.min(cap, clamp(off.probability())), off.evidence());
        List<CategoryScore> lifts = new ArrayList<>();
        lifts.add(offensiveTerms.score(view, th));
        lifts.add(out.get(Category.HARASSMENT.key()));
        lifts.add(out.get(Category.THREAT.key()));
        for (CategoryScore lift : lifts) {
            if (lift != null && lift.score() > offensiveScore.score()) {
                offensiveScore = merge(lift.score(), lift.evidence(), offensiveScore.evidence());
            }
        }
        out.put(Category.OFFENSIVE.key(), offensiveScore);
        CategoryScore hateScore =
                new CategoryScore(Math.min(cap, clamp(h.probability())), h.evidence());
        CategoryScore hateLift = hateTerms.score(view, th);
        if (hateLift.score() > hateScore.score()) {
            hateScore = merge(hateLift.score(), hateLift.evidence(), hateScore.evidence());
        }
        out.put(Category.HATE.key(), hateScore);
    }

    /** The share of letters in Arabic script (0 when there are no letters). */
    static double arabicShare(String text) {
        int letters = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC
                        || (c >= '\uFB50' && c <= '\uFEFF')) {
                    arabic++;
                }
            }
        }
        return letters == 0 ? 0.0 : (double) arabic / letters;
    }

    private static CategoryScore merge(double score, List<Evidence> a, List<Evidence> b) {
        List<Evidence> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(Comparator.comparingDouble(Evidence::weight).reversed());
        return new CategoryScore(score, all.size() > 5 ? all.subList(0, 5) : all);
    }

    private static double clamp(double p) {
        return Double.isNaN(p) ? 0.0 : Math.max(0.0, Math.min(1.0, p));
    }
}
