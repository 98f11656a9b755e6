package org.manara.streamjobs.pipeline;

import java.util.Map;
import java.util.TreeMap;
import org.manara.model.Post;
import org.manara.model.Scores;
import org.manara.model.TextAnalysis;

/**
 * A valid post on its way through the job: analysed and scored, then given its counter values,
 * before the rules decide. {@code traceId} is unique per record in flight (the same post id may be
 * delivered twice); operators that split a post and join the parts back key by it.
 */
public record EnrichedPost(
        Post post,
        TextAnalysis analysis,
        Scores scores,
        Map<String, Long> counters,
        String traceId) {

    public EnrichedPost {
        counters = counters == null ? Map.of() : Map.copyOf(new TreeMap<>(counters));
    }

    /** This post with {@code values} as its counters. */
    public EnrichedPost withCounters(Map<String, Long> values) {
        return new EnrichedPost(post, analysis, scores, values, traceId);
    }
}
