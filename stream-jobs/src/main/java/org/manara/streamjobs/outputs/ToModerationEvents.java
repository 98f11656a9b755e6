package org.manara.streamjobs.outputs;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;
import org.manara.model.ModerationEvent;
import org.manara.model.ScoredPost;

/**
 * Turns a scored post into its {@link ModerationEvent}, or nothing for an allowed post. The event's
 * {@code occurred_at} is the post's {@code scored_at}, not this operator's wall clock: the event
 * then depends only on the scored post, so it agrees with the verdict and the document, and a
 * scored post restored from a checkpoint yields the same record again. The event id is stable in
 * any case (post id, type, rule-set version).
 */
public final class ToModerationEvents implements FlatMapFunction<ScoredPost, ModerationEvent> {
    private static final long serialVersionUID = 1L;

    @Override
    public void flatMap(ScoredPost scored, Collector<ModerationEvent> out) {
        ModerationEvent event = ModerationEvent.of(scored, scored.scoredAt());
        if (event != null) {
            out.collect(event);
        }
    }
}
