package org.manara.classifiers.spam;

import java.util.function.Function;
import org.manara.classifiers.features.FeatureBuffer;
import org.manara.classifiers.features.SpamSignals;
import org.manara.classifiers.features.TextView;
import org.manara.classifiers.train.LinearModel;
import org.manara.classifiers.train.LinearTextModel;
import org.manara.classifiers.train.ModelIo;
import org.manara.model.CategoryScore;

/**
 * The spam score: a logistic-regression model over hashed word and character n-grams of the
 * normalised text plus engineered {@link SpamSignals}, trained on the SMS Spam Collection (see
 * docs/evaluation.md). The score is the model's spam probability; the evidence is the words and
 * signals that pushed it up. Thread-safe.
 */
public final class SpamClassifier {
    /** The shipped model, trained by {@code manara train spam}. */
    public static final String MODEL = "/org/manara/classifiers/spam/spam.model";

    public static final String POSITIVE = "spam";

    private final LinearTextModel model;
    private final int evidence;

    public SpamClassifier(LinearTextModel model, int evidence) {
        if (!model.labels().contains(POSITIVE)) {
            throw new IllegalArgumentException("not a spam model: labels " + model.labels());
        }
        this.model = model;
        this.evidence = evidence;
    }

    /** The shipped model with the shipped term lists. */
    public static SpamClassifier load(Function<String, TextView> analyzer) {
        return of(ModelIo.resource(MODEL), analyzer);
    }

    public static SpamClassifier of(LinearModel model, Function<String, TextView> analyzer) {
        return new SpamClassifier(new LinearTextModel(model, SpamSignals.standard(analyzer)), 5);
    }

    public LinearTextModel model() {
        return model;
    }

    public CategoryScore score(TextView view) {
        return score(view, model.featurize(view));
    }

    /** Scores a buffer featurised by {@link #model()} for this text. */
    public CategoryScore score(TextView view, FeatureBuffer buf) {
        LinearTextModel.Scored s = model.score(view, buf, POSITIVE, evidence, "spam_term");
        return new CategoryScore(clamp(s.probability()), s.evidence());
    }

    static double clamp(double p) {
        return Double.isNaN(p) ? 0.0 : Math.max(0.0, Math.min(1.0, p));
    }
}
