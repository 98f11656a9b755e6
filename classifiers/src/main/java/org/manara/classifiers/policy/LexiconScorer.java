package org.manara.classifiers.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.manara.classifiers.features.Lexicon;
import org.manara.classifiers.features.TextView;
import org.manara.model.CategoryScore;
import org.manara.model.Evidence;

/**
 * Scores a category from a curated lexicon: each distinct matched term is independent evidence with
 * its weight as a probability, so the score is {@code 1 - prod(1 - w)} over the terms (one strong
 * phrase gives its weight; several weak words add up but never reach 1). The evidence is every
 * match with its span in the original text.
 */
public final class LexiconScorer {
    private final Lexicon lexicon;
    private final String feature;

    public LexiconScorer(Lexicon lexicon, String feature) {
        this.lexicon = lexicon;
        this.feature = feature;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public CategoryScore score(TextView view, Lexicon.TokenHashes tokenHashes) {
        List<Lexicon.Match> matches = lexicon.find(view, tokenHashes);
        if (matches.isEmpty()) {
            return CategoryScore.of(0.0);
        }
        double keep = 1.0;
        Set<String> seen = new HashSet<>();
        List<Evidence> evidence = new ArrayList<>(matches.size());
        for (Lexicon.Match m : matches) {
            if (seen.add(m.term().text())) {
                keep *= 1.0 - m.term().weight();
            }
            int s = view.originalStart(m.start());
            int e = view.originalEnd(m.end());
            evidence.add(
                    new Evidence(
                            feature, view.original().substring(s, e), s, e, m.term().weight()));
        }
        evidence.sort(Comparator.comparingDouble(Evidence::weight).reversed());
        if (evidence.size() > 5) {
            evidence = evidence.subList(0, 5);
        }
        return new CategoryScore(Math.max(0.0, Math.min(1.0, 1.0 - keep)), evidence);
    }
}
