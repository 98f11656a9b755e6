package org.manara.rules.actions;

import java.time.Instant;

/**
 * Counts automated actions per cap key ({@code rule:<id>} or {@code action:<name>}) in UTC hour and
 * day windows. An interface so a deployment can keep the counts somewhere shared; {@link
 * InMemoryCapLedger} counts per process, which in a job with parallelism P allows up to P times
 * each cap.
 */
public interface CapLedger {

    /**
     * Takes one unit under {@code key} if neither the hour nor the day window of {@code now} has
     * reached its limit; returns false (and takes nothing) otherwise.
     */
    boolean tryAcquire(String key, CapLimit limit, Instant now);
}
