package org.manara.streamjobs.counters;

import java.util.ArrayList;
import java.util.List;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;

/**
 * What one key saw in one time bucket: the number of posts and, for each distinct field of the
 * group, an HLL sketch of the values as compact bytes (empty when no post had a value). Immutable:
 * the heap state backend may still hold the previous instance in a snapshot.
 */
public record CounterBucket(long posts, List<byte[]> sketches) {

    /**
     * log2 of the HLL registers: about 1.6 % standard error, at most about 2.6 KiB per bucket in
     * the dense mode, and a few bytes per value while a bucket has few values (list mode).
     */
    static final int LG_K = 12;

    public CounterBucket {
        sketches = List.copyOf(sketches);
    }

    static CounterBucket empty(int fields) {
        List<byte[]> none = new ArrayList<>(fields);
        for (int i = 0; i < fields; i++) {
            none.add(new byte[0]);
        }
        return new CounterBucket(0, none);
    }

    /** This bucket plus one post with {@code distinct} values. */
    CounterBucket plus(List<DistinctValue> distinct) {
        List<byte[]> next = new ArrayList<>(sketches);
        for (int i = 0; i < next.size(); i++) {
            HllSketch sketch = null;
            for (DistinctValue v : distinct) {
                if (v.field() != i) {
                    continue;
                }
                if (sketch == null) {
                    byte[] bytes = next.get(i);
                    sketch =
                            bytes.length == 0
                                    ? new HllSketch(LG_K, TgtHllType.HLL_4)
                                    : HllSketch.heapify(bytes);
                }
                sketch.update(v.value());
            }
            if (sketch != null) {
                next.set(i, sketch.toCompactByteArray());
            }
        }
        return new CounterBucket(posts + 1, next);
    }
}
