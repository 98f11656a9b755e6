package org.manara.streamjobs.counters;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import org.manara.rules.counters.CounterKey;

/**
 * Counters that share a key field and a window, and therefore one keyed state: {@code
 * author_posts_1h} and a distinct-URLs-per-author-per-hour counter read the same buckets. {@code
 * counters} are indexes into the plan's counter names; {@code measures} says, for each, what it
 * counts: {@code null} for posts, otherwise the field whose distinct values it counts, one of
 * {@code fields} (the sketches each bucket keeps, in this order).
 */
record CounterGroup(
        String id,
        CounterKey key,
        Duration window,
        List<Integer> counters,
        List<CounterKey> measures,
        List<CounterKey> fields)
        implements Serializable {

    /** Buckets per window: a counter may include up to a tenth of a window of older posts. */
    static final int BUCKETS_PER_WINDOW = 10;

    long windowMillis() {
        return window.toMillis();
    }

    long bucketMillis() {
        return Math.max(1, windowMillis() / BUCKETS_PER_WINDOW);
    }

    /** The id of the group of {@code key} and {@code window}: {@code author@1h}. */
    static String idOf(CounterKey key, Duration window) {
        long s = window.toSeconds();
        String w =
                s % 86_400 == 0
                        ? s / 86_400 + "d"
                        : s % 3_600 == 0 ? s / 3_600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
        return key.key() + "@" + w;
    }
}
