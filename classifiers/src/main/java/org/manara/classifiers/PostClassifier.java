package org.manara.classifiers;

import org.manara.model.Post;
import org.manara.model.Scores;

/**
 * Scores one post for every policy category it knows, with evidence. Implementations are
 * thread-safe and built once (models loaded at construction), then shared.
 */
public interface PostClassifier {

    Scores score(Post post);
}
