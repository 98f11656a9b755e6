package org.manara.streamjobs.testing;

import java.util.List;
import org.manara.model.Action;
import org.manara.model.Category;
import org.manara.model.Post;
import org.manara.model.RuleMatch;
import org.manara.model.Scores;
import org.manara.model.Verdict;
import org.manara.streamjobs.pipeline.VerdictFunction;

/** Flags a post whose spam score is at least 0.5; allows the rest. */
public final class ThresholdVerdicts implements VerdictFunction {
    public static final String VERSION = "threshold-1";

    @Override
    public Verdict decide(Post post, Scores scores) {
        if (scores.score(Category.SPAM) < 0.5) {
            return Verdict.allow(VERSION);
        }
        RuleMatch match = new RuleMatch("spam-high", Action.FLAG, List.of("spam"), "spam >= 0.5");
        return new Verdict(Action.FLAG, List.of("spam"), List.of(match), List.of(), VERSION);
    }
}
