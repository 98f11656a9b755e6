package org.manara.streamjobs.sink;

import java.io.Serializable;
import java.time.Duration;

/**
 * Exponential backoff with jitter: attempt n waits {@code initial * 2^(n-1)}, capped at {@code
 * max}, scaled by a random factor in [0.5, 1] so that many subtasks retrying together spread out.
 */
public record Backoff(Duration initial, Duration max) implements Serializable {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException(
                    "need 0 < initial <= max, got initial=" + initial + " max=" + max);
        }
    }

    /** The delay before retry number {@code attempt} (1-based), given {@code random} in [0, 1). */
    public Duration delay(int attempt, double random) {
        long initialMs = initial.toMillis();
        long maxMs = max.toMillis();
        int shift = Math.min(Math.max(attempt, 1) - 1, 30);
        long uncapped = initialMs << shift;
        long capped = uncapped < 0 || uncapped > maxMs ? maxMs : uncapped;
        double factor = 0.5 + 0.5 * Math.min(Math.max(random, 0.0), 1.0);
        return Duration.ofMillis(Math.max(1L, Math.round(capped * factor)));
    }
}
