package org.manara.streamjobs.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds retained checkpoints in a checkpoint directory: {@code <dir>/<job-id>/chk-<n>/_metadata}
 * exists once checkpoint {@code n} is complete.
 */
final class Checkpoints {

    /** The completed checkpoint with the highest number, if any. */
    static Optional<Path> latest(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(dir, 3)) {
            return files.filter(p -> p.getFileName().toString().equals("_metadata"))
                    .map(Path::getParent)
                    .filter(p -> p.getFileName().toString().startsWith("chk-"))
                    .max(Comparator.comparingLong(Checkpoints::number));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            // A checkpoint being subsumed was deleted while walking; look again.
            return latest(dir);
        }
    }

    /** Waits for a completed checkpoint numbered at least {@code atLeast}. */
    static Path await(Path dir, long atLeast, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Path> latest = latest(dir);
            if (latest.isPresent() && number(latest.get()) >= atLeast) {
                return latest.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no completed checkpoint >= " + atLeast + " in " + dir);
    }

    static long number(Path checkpoint) {
        return Long.parseLong(checkpoint.getFileName().toString().substring("chk-".length()));
    }

    private Checkpoints() {}
}
