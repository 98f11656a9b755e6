package org.manara.cli.demo;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.manara.cli.UserException;

/**
 * Makes sure only one demo runs over a data directory: an OS file lock on {@code demo.lock},
 * released by the OS even if the process dies, so a stale lock never blocks a restart.
 */
final class DemoLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;
    private final Path file;

    private DemoLock(FileChannel channel, FileLock lock, Path file) {
        this.channel = channel;
        this.lock = lock;
        this.file = file;
    }

    /** Takes the lock or fails with a message naming the running demo. */
    static DemoLock acquire(Path dataDir) {
        Path file = dataDir.resolve("demo.lock");
        try {
            Files.createDirectories(dataDir);
            FileChannel channel =
                    FileChannel.open(
                            file,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.READ,
                            StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisJvm) {
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
                channel.close();
                throw new UserException(
                        "a demo is already running over "
                                + dataDir
                                + (holder.isEmpty() ? "" : " (" + holder + ")")
                                + "; stop it with Ctrl-C first, or pass --data-dir to run"
                                + " another one elsewhere");
            }
            channel.truncate(0);
            channel.write(
                    StandardCharsets.UTF_8.encode("pid " + ProcessHandle.current().pid() + "\n"));
            channel.force(true);
            return new DemoLock(channel, lock, file);
        } catch (IOException e) {
            throw new UserException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    /** Records extra detail (the API URL, say) for the message a second demo prints. */
    void describe(String detail) {
        try {
            channel.truncate(0);
            channel.write(
                    StandardCharsets.UTF_8.encode(
                            "pid " + ProcessHandle.current().pid() + ", " + detail + "\n"),
                    0);
            channel.force(true);
        } catch (IOException e) {
            // Only the message of a second demo suffers; the lock itself still holds.
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
        Files.deleteIfExists(file);
    }
}
