package org.manara.embedded.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.manara.embedded.internal.Args;

/**
 * The shared body of the child-process mains: parse arguments, start the server, print the {@link
 * ReadyLine}, stop cleanly on SIGTERM / Ctrl-C (shutdown hook) and, with {@code --watch-parent},
 * ignore Ctrl-C (the parent stops the child with SIGTERM) and exit when standard input closes,
 * which happens when the parent JVM dies even if it was killed and could not run its own hooks.
 */
public final class ServerMain {
    /** The flag {@link ChildProcess} adds so the child follows its parent. */
    public static final String WATCH_PARENT = "watch-parent";

    private ServerMain() {}

    /** A started server: what to announce and how to stop it. */
    public record Running(String address, AutoCloseable server) {}

    /**
     * Runs until the JVM is told to stop. Exits with status 2 on bad arguments and 1 if the server
     * fails to start; never returns normally.
     *
     * @param starter starts the server from the parsed arguments
     */
    public static void run(String name, String[] args, Function<Args, Running> starter) {
        // Captured first: Elasticsearch's logging setup replaces System.out while starting.
        PrintStream out = System.out;
        PrintStream err = System.err;
        Args parsed;
        try {
            parsed = Args.parse(List.of(args), Set.of(WATCH_PARENT));
        } catch (IllegalArgumentException e) {
            err.println(name + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        Running running;
        try {
            running = starter.apply(parsed);
        } catch (RuntimeException | Error e) {
            err.println(name + ": failed to start: " + e);
            e.printStackTrace(err);
            err.flush();
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    out.println(name + ": stopping");
                                    try {
                                        running.server().close();
                                    } catch (Exception e) {
                                        err.println(name + ": unclean stop: " + e);
                                    }
                                    out.println(name + ": stopped");
                                    out.flush();
                                    stopped.countDown();
                                },
                                name + "-shutdown"));
        if (parsed.flag(WATCH_PARENT)) {
            ignoreInterrupt();
            watchStdin(name, System.in, err);
        }
        out.println(ReadyLine.format(running.address()));
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A child follows its parent: Ctrl-C in a terminal sends SIGINT to the whole process group, and
     * a child that stopped at once would pull the broker or node from under the parent while it is
     * still stopping the work that uses them. The parent stops the child (SIGTERM) when it is
     * ready.
     */
    @SuppressWarnings("restriction")
    private static void ignoreInterrupt() {
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
    }

    private static void watchStdin(String name, InputStream in, PrintStream err) {
        Thread watcher =
                new Thread(
                        () -> {
                            try {
                                while (in.read() != -1) {
                                    // the parent never writes; any bytes are ignored
                                }
                            } catch (IOException e) {
                                // a broken pipe means the same as end of input
                            }
                            err.println(
                                    name
                                            + ": standard input closed (parent stopping or gone), exiting");
                            System.exit(0);
                        },
                        name + "-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
