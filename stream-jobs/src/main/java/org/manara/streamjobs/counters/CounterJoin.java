package org.manara.streamjobs.counters;

import org.manara.streamjobs.pipeline.EnrichedPost;

/**
 * The join's state for one trace id: the post once it arrived ({@code null} before; {@code
 * expected} is then -1), how many results arrived, the largest value per counter so far (plan
 * order) and the processing time at which the join gives up waiting.
 */
public record CounterJoin(
        EnrichedPost post, int expected, int received, long[] maxima, long deadline) {

    static CounterJoin start(int counters, long deadline) {
        return new CounterJoin(null, -1, 0, new long[counters], deadline);
    }

    CounterJoin withPost(PendingPost pending) {
        return new CounterJoin(pending.post(), pending.requests(), received, maxima, deadline);
    }

    /** This state plus {@code result}, whose values belong to the plan's {@code indexes}. */
    CounterJoin plus(CounterResult result, CounterGroup group) {
        long[] next = maxima.clone();
        for (int i = 0; i < result.values().length; i++) {
            int index = group.counters().get(i);
            next[index] = Math.max(next[index], result.values()[i]);
        }
        return new CounterJoin(post, expected, received + 1, next, deadline);
    }

    boolean complete() {
        return post != null && received >= expected;
    }
}
