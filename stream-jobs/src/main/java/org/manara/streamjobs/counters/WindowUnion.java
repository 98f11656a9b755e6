package org.manara.streamjobs.counters;

import java.util.List;
import org.apache.datasketches.hll.HllSketch;

/**
 * A counter key's distinct-value sketches of its buckets from {@code first} to {@code last} merged,
 * kept in state so that a key whose window spans several buckets answers each request by adding the
 * post's values to this union ({@link CounterWindow#plus(WindowUnion, List)}) instead of merging
 * every bucket again. A popular domain or hashtag has thousands of distinct authors in each of its
 * buckets, and merging ten such dense sketches cost about 100 µs per request, more than all the
 * rest of the post's processing.
 *
 * <p>{@code buckets} and {@code posts} are the ids and post counts of the buckets merged: the union
 * holds for a window only while it has exactly those ({@link CounterWindow#isCurrent}; a bucket's
 * sketch changes only with its post count). So the union is rebuilt when the window moves on to a
 * new bucket or a post arrives late for an older one, about once per bucket and key.
 *
 * @param first the first bucket merged
 * @param last the last bucket merged
 * @param buckets the ids of the window's buckets in {@code [first, last]}, in the window's order
 * @param posts their post counts
 * @param sketches per field, the merged {@link HllSketch} (compact bytes; empty when no value)
 */
public record WindowUnion(
        long first, long last, long[] buckets, long[] posts, List<byte[]> sketches) {

    public WindowUnion {
        sketches = List.copyOf(sketches);
    }
}
