package org.manara.streamjobs.counters;

import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.manara.streamjobs.pipeline.EnrichedPost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keyed by trace id: joins a post with the results of all its counter requests, which may arrive
 * before or after it, and emits the post with every counter of the plan (the largest value over its
 * keys; 0 for a counter it has no key for). State lives only while a post is in flight. A
 * processing-time timer is a safety net: if results are still missing after {@code timeout}, the
 * post leaves with what arrived (logged and counted) and stray results are dropped.
 */
public final class CounterJoinFunction
        extends KeyedCoProcessFunction<String, PendingPost, CounterResult, EnrichedPost> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CounterJoinFunction.class);

    private final CounterPlan plan;
    private final long timeoutMillis;

    private transient ValueState<CounterJoin> state;
    private transient Counter counted;
    private transient Counter timedOut;
    private transient Counter strays;

    public CounterJoinFunction(CounterPlan plan, Duration timeout) {
        this.plan = plan;
        this.timeoutMillis = timeout.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        state =
                getRuntimeContext()
                        .getState(
                                new ValueStateDescriptor<>(
                                        "counter-join", TypeInformation.of(CounterJoin.class)));
        var metrics = getRuntimeContext().getMetricGroup();
        counted = metrics.counter("postsCounted");
        timedOut = metrics.counter("counterJoinTimeouts");
        strays = metrics.counter("counterStrayResults");
    }

    @Override
    public void processElement1(PendingPost pending, Context ctx, Collector<EnrichedPost> out)
            throws Exception {
        if (pending.requests() == 0) {
            emit(pending.post(), new long[plan.names().size()], out);
            return;
        }
        CounterJoin join = current(ctx).withPost(pending);
        settle(join, ctx, out);
    }

    @Override
    public void processElement2(CounterResult result, Context ctx, Collector<EnrichedPost> out)
            throws Exception {
        CounterJoin join = current(ctx).plus(result, plan.group(result.group()));
        settle(join, ctx, out);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<EnrichedPost> out)
            throws Exception {
        CounterJoin join = state.value();
        state.clear();
        if (join == null) {
            return;
        }
        if (join.post() == null) {
            strays.inc(join.received());
            return;
        }
        timedOut.inc();
        LOG.warn(
                "counters of post {} incomplete after {} ms ({} of {} results); emitting what"
                        + " arrived",
                join.post().post().id(),
                timeoutMillis,
                join.received(),
                join.expected());
        emit(join.post(), join.maxima(), out);
    }

    private CounterJoin current(Context ctx) throws Exception {
        CounterJoin join = state.value();
        if (join != null) {
            return join;
        }
        long deadline = ctx.timerService().currentProcessingTime() + timeoutMillis;
        ctx.timerService().registerProcessingTimeTimer(deadline);
        return CounterJoin.start(plan.names().size(), deadline);
    }

    private void settle(CounterJoin join, Context ctx, Collector<EnrichedPost> out)
            throws Exception {
        if (join.complete()) {
            ctx.timerService().deleteProcessingTimeTimer(join.deadline());
            state.clear();
            emit(join.post(), join.maxima(), out);
        } else {
            state.update(join);
        }
    }

    private void emit(EnrichedPost post, long[] values, Collector<EnrichedPost> out) {
        counted.inc();
        out.collect(post.withCounters(plan.valuesByName(values)));
    }
}
