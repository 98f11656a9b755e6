package org.manara.cli;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.manara.embedded.process.ChildProcess;

/** Waiting for the broker and node that the demo and the benchmark start as child processes. */
public final class ChildStarts {
    private ChildStarts() {}

    /**
     * The started child, or a {@link UserException} naming {@code what} failed, why, and the log to
     * read.
     */
    public static ChildProcess await(CompletableFuture<ChildProcess> start, String what, Path log) {
        try {
            return start.join();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new UserException(
                    what + " did not start: " + cause.getMessage() + " (see " + log + ")", e);
        }
    }
}
