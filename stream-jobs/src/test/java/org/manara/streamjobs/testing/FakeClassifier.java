package org.manara.streamjobs.testing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.manara.classifiers.PostClassifier;
import org.manara.model.Category;
import org.manara.model.CategoryScore;
import org.manara.model.Evidence;
import org.manara.model.Post;
import org.manara.model.Scores;

/**
 * Scores spam 0.9 when the text says "buy now", else 0.1; throws when the text says "explode", to
 * exercise the scoring failure path.
 */
public final class FakeClassifier implements PostClassifier {
    public static final String MODEL_VERSION = "fake-1";

    @Override
    public Scores score(Post post) {
        String text = post.text().toLowerCase(Locale.ROOT);
        if (text.contains("explode")) {
            throw new IllegalStateException("fake classifier exploded");
        }
        int at = text.indexOf("buy now");
        CategoryScore spam =
                at >= 0
                        ? new CategoryScore(
                                0.9, List.of(new Evidence("phrase", "buy now", at, at + 7, 2.0)))
                        : CategoryScore.of(0.1);
        return new Scores(Map.of(Category.SPAM.key(), spam), MODEL_VERSION);
    }
}
