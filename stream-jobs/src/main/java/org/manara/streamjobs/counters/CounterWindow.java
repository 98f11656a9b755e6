package org.manara.streamjobs.counters;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;
import org.apache.datasketches.memory.DefaultMemoryRequestServer;
import org.apache.datasketches.memory.Memory;
import org.apache.datasketches.memory.MemoryRequestServer;
import org.apache.datasketches.memory.WritableMemory;

/**
 * What one counter key saw, in time buckets: {@code buckets[i]} is a bucket index (event time /
 * bucket width), {@code posts[i]} its number of posts, and {@code sketches[i * fields + f]} an HLL
 * sketch (compact bytes, or the updatable image once dense, below; empty when no value) of the
 * distinct values of the group's field {@code f}. One value per key rather than a map of buckets: a
 * key costs a few small objects, which matters with millions of fingerprint keys.
 *
 * <p>A sketch with few values is kept compact and rebuilt when a value is added. Once it is dense
 * (HLL mode: a fixed-size register array) it is kept as its updatable image and a value is added to
 * those bytes in place, without copying the sketch twice per request (a heap copy to update, then
 * new compact bytes: most of the bytes the counters allocated). The arrays of a window read from
 * Flink state are the task's own to change: the heap state backend hands out a copy while a
 * snapshot still holds the value (copy-on-write), and RocksDB deserialises a fresh one. So {@link
 * #plus} may change the arrays of the window it is called on, which its caller replaces.
 */
public record CounterWindow(long[] buckets, long[] posts, List<byte[]> sketches) {

    /**
     * log2 of the HLL registers: about 1.6 % standard error, at most about 2.6 KiB per bucket and
     * field in the dense mode, and 4 bytes per value while a bucket has few values (list mode).
     */
    static final int LG_K = 12;

    /**
     * Most buckets a key keeps: a window's worth plus room for posts out of order; beyond it the
     * oldest go (posts dated far in the future cannot grow a key without bound).
     */
    static final int MAX_BUCKETS = 4 * CounterGroup.BUCKETS_PER_WINDOW;

    /** Sketch bytes from which a key keeps a {@link WindowUnion} (about 250 values as lists). */
    static final int UNION_MIN_BYTES = 1024;

    /** The smallest updatable image of a dense sketch (HLL_4; unions' sketches are HLL_8). */
    private static final int MIN_DENSE_BYTES =
            HllSketch.getMaxUpdatableSerializationBytes(LG_K, TgtHllType.HLL_4);

    /**
     * Lends memory should a dense HLL_4 sketch outgrow its image (its exception table is sized for
     * the worst case, so this is not expected); {@link #add} then keeps the new image.
     */
    private static final MemoryRequestServer MORE_MEMORY = new DefaultMemoryRequestServer();

    public CounterWindow {
        sketches = List.copyOf(sketches);
    }

    static CounterWindow empty() {
        return new CounterWindow(new long[0], new long[0], List.of());
    }

    int size() {
        return buckets.length;
    }

    boolean has(long bucket) {
        for (long b : buckets) {
            if (b == bucket) {
                return true;
            }
        }
        return false;
    }

    /**
     * This window without the buckets before {@code firstKept} and, if still over {@link
     * #MAX_BUCKETS} after adding one, without the oldest; then with one post in {@code bucket}.
     */
    CounterWindow plus(long bucket, long firstKept, int fields, List<DistinctValue> distinct) {
        int n = buckets.length;
        List<Integer> kept = new ArrayList<>(n + 1);
        int existing = -1;
        for (int i = 0; i < n; i++) {
            if (buckets[i] == bucket) {
                existing = i;
                kept.add(i);
            } else if (buckets[i] >= firstKept) {
                kept.add(i);
            }
        }
        if (existing < 0) {
            kept.add(-1);
        }
        while (kept.size() > MAX_BUCKETS) {
            kept.remove(oldest(kept, existing));
        }
        long[] b = new long[kept.size()];
        long[] p = new long[kept.size()];
        List<byte[]> s = new ArrayList<>(kept.size() * fields);
        for (int k = 0; k < kept.size(); k++) {
            int i = kept.get(k);
            b[k] = i < 0 ? bucket : buckets[i];
            p[k] = i < 0 ? 0 : posts[i];
            for (int f = 0; f < fields; f++) {
                s.add(i < 0 ? new byte[0] : sketches.get(i * fields + f));
            }
            if (b[k] == bucket) {
                p[k]++;
                for (int f = 0; f < fields; f++) {
                    s.set(k * fields + f, add(s.get(k * fields + f), f, distinct));
                }
            }
        }
        return new CounterWindow(b, p, s);
    }

    /**
     * Posts (index 0) and distinct values per field (index 1 + f) over the buckets from {@code
     * first} to {@code last}, inclusive.
     */
    long[] totals(long first, long last, int fields) {
        return totals(first, last, fields, null);
    }

    /**
     * As {@link #totals(long, long, int)}, with the distinct values taken from {@code union}
     * instead of the buckets' sketches when it is not null; it must be {@link #isCurrent current}
     * for the same buckets.
     */
    long[] totals(long first, long last, int fields, WindowUnion union) {
        long[] out = new long[1 + fields];
        Estimate[] distinct = new Estimate[fields];
        for (int f = 0; f < fields; f++) {
            distinct[f] = new Estimate();
            if (union != null) {
                distinct[f].add(union.sketches().get(f));
            }
        }
        for (int i = 0; i < buckets.length; i++) {
            if (buckets[i] >= first && buckets[i] <= last) {
                out[0] += posts[i];
                for (int f = 0; f < fields && union == null; f++) {
                    distinct[f].add(sketches.get(i * fields + f));
                }
            }
        }
        for (int f = 0; f < fields; f++) {
            out[1 + f] = Math.round(distinct[f].value());
        }
        return out;
    }

    /**
     * Whether answering for the buckets from {@code first} to {@code last} is worth keeping their
     * {@link WindowUnion}: two or more of them hold sketches, of {@link #UNION_MIN_BYTES} or more
     * in all. Below that the sketches are short lists of values, merged about as fast as a union is
     * updated (CounterWindowBenchmark), so a key need not keep a union as well.
     */
    boolean worthAUnion(long first, long last, int fields) {
        int sketched = 0;
        long bytes = 0;
        for (int i = 0; i < buckets.length; i++) {
            if (buckets[i] >= first && buckets[i] <= last) {
                boolean any = false;
                for (int f = 0; f < fields; f++) {
                    int n = sketches.get(i * fields + f).length;
                    bytes += n;
                    any |= n > 0;
                }
                sketched += any ? 1 : 0;
            }
        }
        return sketched >= 2 && bytes >= UNION_MIN_BYTES;
    }

    /** The buckets from {@code first} to {@code last} with their sketches merged per field. */
    WindowUnion union(long first, long last, int fields) {
        Estimate[] merged = new Estimate[fields];
        for (int f = 0; f < fields; f++) {
            merged[f] = new Estimate();
        }
        for (int i = 0; i < buckets.length; i++) {
            if (buckets[i] >= first && buckets[i] <= last) {
                for (int f = 0; f < fields; f++) {
                    merged[f].add(sketches.get(i * fields + f));
                }
            }
        }
        List<byte[]> bytes = new ArrayList<>(fields);
        for (Estimate e : merged) {
            bytes.add(e.bytes());
        }
        return snapshot(first, last, bytes);
    }

    /**
     * {@code union}, current for this window's previous state, with one more post's {@code
     * distinct} values added: the same union as {@link #union} of this window would build, at the
     * cost of one sketch update per value.
     */
    WindowUnion plus(WindowUnion union, List<DistinctValue> distinct) {
        List<byte[]> merged = new ArrayList<>(union.sketches());
        for (int f = 0; f < merged.size(); f++) {
            merged.set(f, add(merged.get(f), f, distinct));
        }
        return snapshot(union.first(), union.last(), merged);
    }

    private WindowUnion snapshot(long first, long last, List<byte[]> merged) {
        int n = 0;
        for (long b : buckets) {
            n += b >= first && b <= last ? 1 : 0;
        }
        long[] ids = new long[n];
        long[] counts = new long[n];
        int k = 0;
        for (int i = 0; i < buckets.length; i++) {
            if (buckets[i] >= first && buckets[i] <= last) {
                ids[k] = buckets[i];
                counts[k++] = posts[i];
            }
        }
        return new WindowUnion(first, last, ids, counts, merged);
    }

    /**
     * Whether {@code union} merged exactly this window's buckets from {@code first} to {@code last}
     * as they are now: same range, same buckets, same post counts.
     */
    boolean isCurrent(WindowUnion union, long first, long last) {
        if (union.first() != first || union.last() != last) {
            return false;
        }
        int k = 0;
        for (int i = 0; i < buckets.length; i++) {
            if (buckets[i] < first || buckets[i] > last) {
                continue;
            }
            if (k == union.buckets().length
                    || union.buckets()[k] != buckets[i]
                    || union.posts()[k] != posts[i]) {
                return false;
            }
            k++;
        }
        return k == union.buckets().length;
    }

    /**
     * The union of some sketches, with its distinct-value estimate. Most keys answer from one
     * sketch: that sketch then, without a union (a union allocates a full-size sketch, a profile
     * hot spot when made for every request).
     */
    private static final class Estimate {
        private byte[] only;
        private Union union;

        void add(byte[] bytes) {
            if (bytes.length == 0) {
                return;
            }
            if (only == null && union == null) {
                only = bytes;
                return;
            }
            if (union == null) {
                union = new Union(LG_K);
                union.update(HllSketch.wrap(Memory.wrap(only)));
                only = null;
            }
            union.update(HllSketch.wrap(Memory.wrap(bytes)));
        }

        /**
         * The union as sketch bytes of its own (a copy when only one sketch was added: the union's
         * bytes are updated in place, the bucket's must not change with them); empty when no sketch
         * was added.
         */
        byte[] bytes() {
            return union != null
                    ? union.toCompactByteArray()
                    : only != null ? only.clone() : new byte[0];
        }

        double value() {
            return union != null
                    ? union.getEstimate()
                    : only != null ? HllSketch.wrap(Memory.wrap(only)).getEstimate() : 0;
        }
    }

    private int oldest(List<Integer> kept, int protectedIndex) {
        int at = -1;
        for (int k = 0; k < kept.size(); k++) {
            int i = kept.get(k);
            if (i < 0 || i == protectedIndex) {
                continue;
            }
            if (at < 0 || buckets[i] < buckets[kept.get(at)]) {
                at = k;
            }
        }
        return at;
    }

    /**
     * The sketch {@code bytes} with the values of {@code distinct} for {@code field} added: the
     * same array, changed in place, when it holds a dense sketch's updatable image; otherwise new
     * bytes (updatable if the sketch became dense, compact if not). {@code bytes} itself when no
     * value is for the field.
     */
    static byte[] add(byte[] bytes, int field, List<DistinctValue> distinct) {
        HllSketch sketch = null;
        WritableMemory inPlace = null;
        for (DistinctValue v : distinct) {
            if (v.field() != field) {
                continue;
            }
            if (sketch == null) {
                if (bytes.length == 0) {
                    sketch = new HllSketch(LG_K, TgtHllType.HLL_4);
                } else if (isDenseImage(bytes)) {
                    inPlace =
                            WritableMemory.writableWrap(
                                    bytes, 0, bytes.length, ByteOrder.nativeOrder(), MORE_MEMORY);
                    sketch = HllSketch.writableWrap(inPlace);
                } else {
                    sketch = HllSketch.heapify(bytes);
                }
            }
            sketch.update(v.value());
        }
        if (sketch == null || (inPlace != null && sketch.isSameResource(inPlace))) {
            return bytes;
        }
        return isDense(sketch) ? sketch.toUpdatableByteArray() : sketch.toCompactByteArray();
    }

    /** Whether {@code bytes} is the updatable image of a sketch in HLL mode. */
    static boolean isDenseImage(byte[] bytes) {
        if (bytes.length < MIN_DENSE_BYTES) {
            return false;
        }
        HllSketch image = HllSketch.wrap(Memory.wrap(bytes));
        return !image.isCompact() && isDense(image);
    }

    /** In HLL mode: as large as the register array of its type (list and set modes are smaller). */
    private static boolean isDense(HllSketch sketch) {
        return sketch.getUpdatableSerializationBytes()
                >= HllSketch.getMaxUpdatableSerializationBytes(LG_K, sketch.getTgtHllType());
    }
}
