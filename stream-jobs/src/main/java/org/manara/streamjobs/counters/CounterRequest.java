package org.manara.streamjobs.counters;

import java.util.List;

/**
 * One post counting under one key of one counter group: {@code key} is the state key ({@code
 * author@1h|a-17}), {@code group} the group's index in the plan, {@code time} the post's event time
 * in epoch milliseconds, {@code distinct} the post's values of the group's distinct fields (its
 * author id, say), and {@code traceId} the post's, to join the result back.
 */
public record CounterRequest(
        String key, int group, long time, List<DistinctValue> distinct, String traceId) {

    public CounterRequest {
        distinct = distinct == null ? List.of() : List.copyOf(distinct);
    }
}
