package org.manara.classifiers.train;

/**
 * Where long training and evaluation runs report how far they are; the CLI draws a progress bar,
 * tests pass {@link #NONE}. Implementations must tolerate calls from several threads.
 */
public interface Progress {
    Progress NONE =
            new Progress() {
                @Override
                public void start(String task, long total) {}

                @Override
                public void advance(long steps) {}
            };

    /** Starts (or restarts) a phase of {@code total} steps. */
    void start(String task, long total);

    void advance(long steps);
}
