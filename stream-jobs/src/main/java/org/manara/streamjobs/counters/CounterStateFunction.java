package org.manara.streamjobs.counters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.manara.rules.counters.CounterKey;

/**
 * Keyed by counter state key ({@code url@10m|https://...}): keeps the key's posts in time buckets
 * of a tenth of the window ({@link CounterWindow}: counts and HLL sketches of distinct values),
 * adds each request's post to its bucket, and answers with the group's counters over the buckets
 * that overlap {@code [t - window, t]}, {@code t} the post's event time. A value therefore counts
 * every post of the window and at most a tenth of a window of older ones; posts later than the
 * bucket of {@code t} (out of order) are not counted.
 *
 * <p>Memory is bounded three ways: buckets that ended a window before the post (or before now, for
 * a post dated in the future, so that a wrong clock cannot wipe a key) are dropped on each access;
 * a key keeps at most {@link CounterWindow#MAX_BUCKETS}; and each key has a processing-time TTL of
 * two windows, so keys that fall idle disappear.
 */
public final class CounterStateFunction
        extends KeyedProcessFunction<String, CounterRequest, CounterResult> {
    private static final long serialVersionUID = 1L;

    private final CounterPlan plan;
    private transient List<ValueState<CounterWindow>> windows;
    private transient List<ValueState<WindowUnion>> unions;
    private transient Counter pruned;
    private transient Counter unionsBuilt;

    public CounterStateFunction(CounterPlan plan) {
        this.plan = plan;
    }

    @Override
    public void open(OpenContext openContext) {
        windows = new ArrayList<>();
        unions = new ArrayList<>();
        for (CounterGroup group : plan.groups()) {
            windows.add(getRuntimeContext().getState(descriptor(group)));
            unions.add(getRuntimeContext().getState(unionDescriptor(group)));
        }
        pruned = getRuntimeContext().getMetricGroup().counter("counterBucketsPruned");
        unionsBuilt = getRuntimeContext().getMetricGroup().counter("counterUnionsBuilt");
    }

    /** One state per group, so that each gets the TTL of its own window. */
    static ValueStateDescriptor<CounterWindow> descriptor(CounterGroup group) {
        return withTtl(
                new ValueStateDescriptor<>(
                        "counter-window-" + group.id(), TypeInformation.of(CounterWindow.class)),
                group);
    }

    /**
     * The group's unions of the sketches in each key's window ({@link WindowUnion}), with the same
     * TTL. A state of its own, so that savepoints taken before it existed still restore.
     */
    static ValueStateDescriptor<WindowUnion> unionDescriptor(CounterGroup group) {
        return withTtl(
                new ValueStateDescriptor<>(
                        "counter-window-union-" + group.id(),
                        TypeInformation.of(WindowUnion.class)),
                group);
    }

    private static <T> ValueStateDescriptor<T> withTtl(
            ValueStateDescriptor<T> d, CounterGroup group) {
        d.enableTimeToLive(
                StateTtlConfig.newBuilder(ttl(group))
                        .updateTtlOnCreateAndWrite()
                        .neverReturnExpired()
                        .useProcessingTime()
                        // each request creates at most one key: checking one more per state
                        // access keeps up, at a fifth of the default's cost (a profile hot spot)
                        .cleanupIncrementally(1, false)
                        .build());
        return d;
    }

    /** How many window unions were built from their buckets (the rest were updated in place). */
    long unionsBuilt() {
        return unionsBuilt.getCount();
    }

    static Duration ttl(CounterGroup group) {
        return group.window().multipliedBy(2);
    }

    @Override
    public void processElement(CounterRequest r, Context ctx, Collector<CounterResult> out)
            throws Exception {
        CounterGroup group = plan.group(r.group());
        ValueState<CounterWindow> state = windows.get(r.group());
        long width = group.bucketMillis();
        long window = group.windowMillis();
        int fields = group.fields().size();
        long bucket = Math.floorDiv(r.time(), width);

        // buckets ending at or before the horizon can count for no post still to come
        long horizon = Math.min(r.time(), ctx.timerService().currentProcessingTime()) - window;
        long firstKept = Math.floorDiv(horizon, width);
        CounterWindow before = state.value();
        if (before == null) {
            before = CounterWindow.empty();
        }
        CounterWindow after = before.plus(bucket, firstKept, fields, r.distinct());
        state.update(after);
        int dropped = before.size() + (before.has(bucket) ? 0 : 1) - after.size();
        if (dropped > 0) {
            pruned.inc(dropped);
        }

        // the buckets that overlap [t - window, t]: end > t - window, start <= t
        long first = Math.floorDiv(r.time() - window, width);
        long[] totals;
        if (fields > 0 && after.worthAUnion(first, bucket, fields)) {
            // large sketches in several buckets to merge: add this post to the key's union
            // instead, while that union is of the window as it was before the post (else build it
            // again)
            ValueState<WindowUnion> cached = unions.get(r.group());
            WindowUnion union = cached.value();
            if (union != null && dropped == 0 && before.isCurrent(union, first, bucket)) {
                union = after.plus(union, r.distinct());
            } else {
                union = after.union(first, bucket, fields);
                unionsBuilt.inc();
            }
            cached.update(union);
            totals = after.totals(first, bucket, fields, union);
        } else {
            totals = after.totals(first, bucket, fields);
        }
        long[] values = new long[group.counters().size()];
        for (int c = 0; c < values.length; c++) {
            CounterKey measure = group.measures().get(c);
            values[c] = measure == null ? totals[0] : totals[1 + group.fields().indexOf(measure)];
        }
        out.collect(new CounterResult(r.traceId(), r.group(), values));
    }
}
