package org.manara.streamjobs.counters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.Union;
import org.apache.datasketches.memory.Memory;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.manara.rules.counters.CounterKey;

/**
 * Keyed by counter state key ({@code url@10m|https://...}): keeps the key's posts in time buckets
 * of a tenth of the window ({@link CounterBucket}: a count and HLL sketches of distinct values),
 * adds each request's post to its bucket, and answers with the group's counters over the buckets
 * that overlap {@code [t - window, t]}, {@code t} the post's event time. A value therefore counts
 * every post of the window and at most a tenth of a window of older ones; posts later than the
 * bucket of {@code t} (out of order) are not counted.
 *
 * <p>Memory is bounded twice: buckets that ended a window before the post (or before now, for a
 * post dated in the future, so that a wrong clock cannot wipe a key) are dropped on each access,
 * and every bucket has a processing-time TTL of two windows, so keys that fall idle disappear.
 */
public final class CounterStateFunction
        extends KeyedProcessFunction<String, CounterRequest, CounterResult> {
    private static final long serialVersionUID = 1L;

    private final CounterPlan plan;
    private transient List<MapState<Long, CounterBucket>> buckets;
    private transient Counter pruned;

    public CounterStateFunction(CounterPlan plan) {
        this.plan = plan;
    }

    @Override
    public void open(OpenContext openContext) {
        buckets = new ArrayList<>();
        for (CounterGroup group : plan.groups()) {
            buckets.add(getRuntimeContext().getMapState(descriptor(group)));
        }
        pruned = getRuntimeContext().getMetricGroup().counter("counterBucketsPruned");
    }

    /** One state per group, so that each gets the TTL of its own window. */
    static MapStateDescriptor<Long, CounterBucket> descriptor(CounterGroup group) {
        MapStateDescriptor<Long, CounterBucket> d =
                new MapStateDescriptor<>(
                        "counter-buckets-" + group.id(),
                        Types.LONG,
                        TypeInformation.of(CounterBucket.class));
        d.enableTimeToLive(
                StateTtlConfig.newBuilder(ttl(group))
                        .updateTtlOnCreateAndWrite()
                        .neverReturnExpired()
                        .useProcessingTime()
                        .build());
        return d;
    }

    static Duration ttl(CounterGroup group) {
        return group.window().multipliedBy(2);
    }

    @Override
    public void processElement(CounterRequest r, Context ctx, Collector<CounterResult> out)
            throws Exception {
        CounterGroup group = plan.group(r.group());
        MapState<Long, CounterBucket> state = buckets.get(r.group());
        long width = group.bucketMillis();
        long window = group.windowMillis();
        long bucket = Math.floorDiv(r.time(), width);

        CounterBucket current = state.get(bucket);
        if (current == null) {
            current = CounterBucket.empty(group.fields().size());
        }
        state.put(bucket, current.plus(r.distinct()));

        long from = r.time() - window;
        long horizon = Math.min(r.time(), ctx.timerService().currentProcessingTime()) - window;
        long posts = 0;
        List<Union> unions = new ArrayList<>(group.fields().size());
        for (int i = 0; i < group.fields().size(); i++) {
            unions.add(new Union(CounterBucket.LG_K));
        }
        Iterator<Map.Entry<Long, CounterBucket>> it = state.iterator();
        while (it.hasNext()) {
            Map.Entry<Long, CounterBucket> e = it.next();
            long b = e.getKey();
            long end = (b + 1) * width;
            if (end <= horizon) {
                it.remove();
                pruned.inc();
                continue;
            }
            if (b > bucket || end <= from) {
                continue;
            }
            CounterBucket value = e.getValue();
            posts += value.posts();
            for (int i = 0; i < unions.size(); i++) {
                byte[] sketch = value.sketches().get(i);
                if (sketch.length > 0) {
                    unions.get(i).update(HllSketch.wrap(Memory.wrap(sketch)));
                }
            }
        }

        long[] values = new long[group.counters().size()];
        for (int c = 0; c < values.length; c++) {
            CounterKey measure = group.measures().get(c);
            values[c] =
                    measure == null
                            ? posts
                            : Math.round(unions.get(group.fields().indexOf(measure)).getEstimate());
        }
        out.collect(new CounterResult(r.traceId(), r.group(), values));
    }
}
