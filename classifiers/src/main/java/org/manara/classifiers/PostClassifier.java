package org.manara.classifiers;

import org.manara.classifiers.text.NormalizedText;
import org.manara.classifiers.text.Normalizer;
import org.manara.model.Post;
import org.manara.model.Scores;

/**
 * Scores one post for every policy category it knows, with evidence. Implementations are
 * thread-safe and built once (models loaded at construction), then shared.
 */
public interface PostClassifier {

    Scores score(Post post);

    /**
     * Scores {@code post} whose text a caller has already normalised with {@link
     * Normalizer#standard()} ({@code text.original()} is the post's text), so a pipeline that
     * normalises once for its other stages does not pay for it again. The default ignores {@code
     * text} and scores the post from scratch.
     */
    default Scores score(Post post, NormalizedText text) {
        return score(post);
    }
}
