package org.manara.streamjobs.counters;

import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.manara.streamjobs.pipeline.EnrichedPost;

/**
 * Fans each post out into its counter requests (main output, keyed by state key downstream) and
 * sends the post itself, with the number of requests to wait for, to {@link #PENDING} for the join.
 */
public final class CounterKeysFunction extends ProcessFunction<EnrichedPost, CounterRequest> {
    private static final long serialVersionUID = 1L;

    /** Posts with the number of counter requests the join waits for. */
    public static final OutputTag<PendingPost> PENDING =
            new OutputTag<>("counter-pending-posts", TypeInformation.of(PendingPost.class));

    private final CounterPlan plan;
    private transient Counter requests;

    public CounterKeysFunction(CounterPlan plan) {
        this.plan = plan;
    }

    @Override
    public void open(OpenContext openContext) {
        requests = getRuntimeContext().getMetricGroup().counter("counterRequests");
    }

    @Override
    public void processElement(EnrichedPost post, Context ctx, Collector<CounterRequest> out) {
        List<CounterRequest> all = plan.requests(post, ctx.timerService().currentProcessingTime());
        ctx.output(PENDING, new PendingPost(post, all.size()));
        for (CounterRequest r : all) {
            out.collect(r);
        }
        requests.inc(all.size());
    }
}
