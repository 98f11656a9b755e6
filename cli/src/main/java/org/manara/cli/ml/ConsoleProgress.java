package org.manara.cli.ml;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.manara.classifiers.train.Progress;

/** Draws each phase of a long run as a progress bar on stderr, so stdout stays clean for JSON. */
final class ConsoleProgress implements Progress, AutoCloseable {
    private final PrintStream err;
    private ProgressBar bar;

    ConsoleProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void start(String task, long total) {
        close();
        bar =
                new ProgressBarBuilder()
                        .setTaskName(task)
                        .setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(250)
                        .setConsumer(new ConsoleProgressBarConsumer(err))
                        .build();
    }

    @Override
    public void advance(long steps) {
        ProgressBar b = bar;
        if (b != null) {
            b.stepBy(steps);
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
