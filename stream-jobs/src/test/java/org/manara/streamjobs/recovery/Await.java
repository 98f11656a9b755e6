package org.manara.streamjobs.recovery;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Polls a condition with a deadline, printing progress now and then. */
final class Await {

    interface Check {
        boolean done() throws Exception;
    }

    /**
     * Waits until {@code check} is done, printing {@code progress} every 5 s.
     *
     * @throws AssertionError naming {@code what} when {@code timeout} passes first
     */
    static void until(String what, Duration timeout, Check check, Callable<String> progress)
            throws Exception {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        long lastReport = started;
        while (!check.done()) {
            long now = System.nanoTime();
            if (now > deadline) {
                throw new AssertionError(
                        "not within " + timeout + ": " + what + " (" + progress.call() + ")");
            }
            if (now - lastReport > Duration.ofSeconds(5).toNanos()) {
                lastReport = now;
                System.out.printf(
                        "  waiting %d s for %s: %s%n",
                        Duration.ofNanos(now - started).toSeconds(), what, progress.call());
            }
            Thread.sleep(100);
        }
    }

    private Await() {}
}
