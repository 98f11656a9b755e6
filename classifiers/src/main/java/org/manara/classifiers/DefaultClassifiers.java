package org.manara.classifiers;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.manara.classifiers.features.FeatureBuffer;
import org.manara.classifiers.features.FeatureConfig;
import org.manara.classifiers.features.NormalizedView;
import org.manara.classifiers.features.TextView;
import org.manara.classifiers.policy.PolicyClassifier;
import org.manara.classifiers.spam.SpamClassifier;
import org.manara.classifiers.text.NormalizedText;
import org.manara.model.Category;
import org.manara.model.Post;
import org.manara.model.Scores;

/**
 * The classifiers Manara ships: the trained spam model and the policy models and lexicons, behind
 * one {@link PostClassifier}. Build once ({@link #create()} loads every model, about a second) and
 * share across threads; {@link #shared()} keeps one per JVM.
 */
public final class DefaultClassifiers implements PostClassifier {
    /** Names the shipped model set in {@link Scores#modelVersion()}. */
    public static final String MODEL_VERSION = "manara-models-1";

    private static final class Holder {
        static final DefaultClassifiers SHARED = create();
    }

    private final Function<String, TextView> analyzer;
    private final SpamClassifier spam;
    private final PolicyClassifier policy;
    private final boolean shareFeatures;

    /** Whether {@link #analyzer} is {@link NormalizedView#of}, so a normalised text can be used. */
    private final boolean standardViews;

    public DefaultClassifiers(
            Function<String, TextView> analyzer, SpamClassifier spam, PolicyClassifier policy) {
        this(analyzer, spam, policy, false);
    }

    private DefaultClassifiers(
            Function<String, TextView> analyzer,
            SpamClassifier spam,
            PolicyClassifier policy,
            boolean standardViews) {
        this.analyzer = analyzer;
        this.standardViews = standardViews;
        this.spam = spam;
        this.policy = policy;
        FeatureConfig spamFeatures = spam.model().featureConfig();
        this.shareFeatures =
                policy.offensiveModel().canScoreBuffersOf(spamFeatures)
                        && policy.hateModel().canScoreBuffersOf(spamFeatures);
    }

    /** Loads the shipped models into a new classifier. */
    public static DefaultClassifiers create() {
        Function<String, TextView> analyzer = NormalizedView::of;
        return new DefaultClassifiers(
                analyzer, SpamClassifier.load(analyzer), PolicyClassifier.load(analyzer), true);
    }

    /** One instance per JVM, created on first use. */
    public static DefaultClassifiers shared() {
        return Holder.SHARED;
    }

    @Override
    public Scores score(Post post) {
        return score(analyzer.apply(post.text() == null ? "" : post.text()));
    }

    /**
     * Scores the post from {@code text} when this classifier's models read the standard
     * normaliser's output ({@link #create()}); otherwise normalises the post's text with its own
     * analyser.
     */
    @Override
    public Scores score(Post post, NormalizedText text) {
        return standardViews ? score(new NormalizedView(text)) : score(post);
    }

    private Scores score(TextView view) {
        Map<String, org.manara.model.CategoryScore> out = new HashMap<>();
        if (shareFeatures) {
            // One featurisation serves all three models (the policy models skip the spam signals).
            FeatureBuffer buf = spam.model().featurize(view);
            out.put(Category.SPAM.key(), spam.score(view, buf));
            policy.score(view, buf, out);
        } else {
            out.put(Category.SPAM.key(), spam.score(view));
            policy.score(view, out);
        }
        return new Scores(out, MODEL_VERSION);
    }

    public SpamClassifier spam() {
        return spam;
    }

    public PolicyClassifier policy() {
        return policy;
    }

    /** Scores a bare text (the CLI and benchmarks). */
    public Scores score(String text) {
        return score(Post.of("text", "unknown", text, java.time.Instant.EPOCH));
    }
}
