package org.manara.streamjobs.pipeline;

import org.manara.model.Post;
import org.manara.model.Scores;
import org.manara.model.Verdict;

/**
 * Turns a post and its scores into a verdict. Kept this small so the rule set behind it can be
 * swapped (a static pack today; a broadcast, hot-reloaded one later) without touching scoring.
 * Implementations are built once per task and used from one thread.
 */
@FunctionalInterface
public interface VerdictFunction {

    Verdict decide(Post post, Scores scores);
}
