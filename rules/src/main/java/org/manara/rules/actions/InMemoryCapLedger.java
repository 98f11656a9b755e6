package org.manara.rules.actions;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe {@link CapLedger} in memory: one small window per key (rules plus actions), so its
 * size is bounded by the rule set, whatever the traffic.
 */
public final class InMemoryCapLedger implements CapLedger {
    private static final long HOUR = 3600;
    private static final long DAY = 86400;

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        long hour = Long.MIN_VALUE;
        long day = Long.MIN_VALUE;
        long hourCount;
        long dayCount;

        void roll(long h, long d) {
            if (h != hour) {
                hour = h;
                hourCount = 0;
            }
            if (d != day) {
                day = d;
                dayCount = 0;
            }
        }
    }

    @Override
    public boolean tryAcquire(String key, CapLimit limit, Instant now) {
        long s = now.getEpochSecond();
        long h = Math.floorDiv(s, HOUR);
        long d = Math.floorDiv(s, DAY);
        Window w = windows.computeIfAbsent(key, k -> new Window());
        synchronized (w) {
            w.roll(h, d);
            if (limit.perHour() != null && w.hourCount >= limit.perHour()) {
                return false;
            }
            if (limit.perDay() != null && w.dayCount >= limit.perDay()) {
                return false;
            }
            w.hourCount++;
            w.dayCount++;
            return true;
        }
    }

    /** Units taken under {@code key} in the hour (or day) window of {@code now}. */
    public long used(String key, Instant now, boolean day) {
        Window w = windows.get(key);
        if (w == null) {
            return 0;
        }
        long s = now.getEpochSecond();
        synchronized (w) {
            if (day) {
                return w.day == Math.floorDiv(s, DAY) ? w.dayCount : 0;
            }
            return w.hour == Math.floorDiv(s, HOUR) ? w.hourCount : 0;
        }
    }
}
