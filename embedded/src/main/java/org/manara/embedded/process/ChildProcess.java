package org.manara.embedded.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A server main ({@code KafkaMain}, {@code ElasticsearchMain}) running in its own JVM on this JVM's
 * class path. Its output goes to a log file; {@link #start} returns once the child printed its
 * {@link ReadyLine}. {@link #close()} stops it with SIGTERM (the child's shutdown hook stops the
 * server cleanly), waits, and kills it if it does not stop in time. A shutdown hook does the same
 * when this JVM exits, and the child exits by itself if this JVM dies without running hooks (it
 * watches its standard input). The child ignores SIGINT, so a Ctrl-C in the terminal, which reaches
 * the whole process group, leaves stopping it to this JVM.
 *
 * <p>The JVM runs all shutdown hooks at once. An owner that stops several things in order on exit
 * (the demo stops its Flink job before the broker the job writes to) calls {@link
 * #stopAfterOwnerOnExit}: this process's hook then waits for the owner's {@link #close()} first.
 */
public final class ChildProcess implements AutoCloseable {
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final String RESOURCES = "org/manara/embedded/process/";

    private final String name;
    private final Process process;
    private final Path logFile;
    private final String address;
    private final Duration startupTime;
    private final Runnable onClose;
    private final Thread shutdownHook;
    private final ExitGuard exitGuard;
    private boolean closed;

    private ChildProcess(
            String name,
            Process process,
            Path logFile,
            String address,
            Duration startupTime,
            Runnable onClose,
            Thread shutdownHook,
            ExitGuard exitGuard) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.address = address;
        this.startupTime = startupTime;
        this.onClose = onClose;
        this.shutdownHook = shutdownHook;
        this.exitGuard = exitGuard;
    }

    /**
     * When this JVM exits, lets the owner's own shutdown stop this child: the shutdown hook waits
     * up to {@code grace} for {@link #close()} before stopping the child itself, so the child still
     * never outlives the JVM.
     */
    public ChildProcess stopAfterOwnerOnExit(Duration grace) {
        exitGuard.grace = Objects.requireNonNull(grace, "grace");
        return this;
    }

    /**
     * A child running {@code mainClass}, which must be run through {@link ServerMain} (so it
     * understands {@code --watch-parent} and prints a ready line).
     */
    public static Builder builder(String name, Class<?> mainClass) {
        return new Builder(name, mainClass.getName());
    }

    /** A short name used in messages and thread names, e.g. {@code kafka}. */
    public String name() {
        return name;
    }

    /** The address from the child's ready line (bootstrap servers or an HTTP URL). */
    public String address() {
        return address;
    }

    /** The operating-system process id. */
    public long pid() {
        return process.pid();
    }

    /** Whether the child is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** The file receiving the child's output. */
    public Path logFile() {
        return logFile;
    }

    /** Wall time from launching the JVM to its ready line. */
    public Duration startupTime() {
        return startupTime;
    }

    /** A live view of the underlying process (exit status, handle). */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Stops the child (SIGTERM, then SIGKILL after 60 s) and waits for it. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and runs the hook itself
        }
        stop(process);
        exitGuard.closed.countDown();
        onClose.run();
    }

    /** What the shutdown hook runs: wait for the owner (if asked to), then stop the child. */
    private static final class ExitGuard implements Runnable {
        private final Process process;
        private final CountDownLatch closed = new CountDownLatch(1);
        private volatile Duration grace = Duration.ZERO;

        ExitGuard(Process process) {
            this.process = process;
        }

        @Override
        public void run() {
            try {
                closed.await(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stop(process);
        }
    }

    private static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "ChildProcess[" + name + ", pid " + process.pid() + ", " + address + "]";
    }

    /** Options for launching a child server. */
    public static final class Builder {
        private final String name;
        private final String mainClass;
        private final List<String> jvmArgs = new ArrayList<>();
        private final List<String> args = new ArrayList<>();
        private String classPath = System.getProperty("java.class.path");
        private Path logFile;
        private Duration readyTimeout = Duration.ofSeconds(90);
        private Runnable onClose = () -> {};

        private Builder(String name, String mainClass) {
            this.name = Objects.requireNonNull(name, "name");
            this.mainClass = Objects.requireNonNull(mainClass, "mainClass");
        }

        /** JVM options such as {@code -Xmx1g}. */
        public Builder jvmArgs(List<String> values) {
            jvmArgs.addAll(values);
            return this;
        }

        /** Program arguments for the main class. */
        public Builder args(List<String> values) {
            args.addAll(values);
            return this;
        }

        /** The child's class path; this JVM's {@code java.class.path} by default. */
        public Builder classPath(String value) {
            this.classPath = Objects.requireNonNull(value, "classPath");
            return this;
        }

        /** Where the child's output is appended; a temporary file by default. */
        public Builder logFile(Path file) {
            this.logFile = file;
            return this;
        }

        /** How long to wait for the ready line; 90 s by default. */
        public Builder readyTimeout(Duration timeout) {
            this.readyTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Runs after the child stopped (or failed to start), e.g. to delete its directory. */
        public Builder onClose(Runnable action) {
            this.onClose = Objects.requireNonNull(action, "action");
            return this;
        }

        /** The full command line that {@link #start()} runs. */
        public List<String> command() {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmArgs);
            // The child's own quiet logging, whichever SLF4J binding the inherited class path
            // has; without it the child would pick up the parent's logback.xml or log4j2 file,
            // appenders (and log files) included.
            addUnlessSet(command, "logback.configurationFile", RESOURCES + "child-logback.xml");
            addUnlessSet(
                    command, "log4j2.configurationFile", RESOURCES + "child-log4j2.properties");
            command.add("-cp");
            command.add(classPath);
            command.add(mainClass);
            command.addAll(args);
            command.add("--" + ServerMain.WATCH_PARENT);
            return command;
        }

        private void addUnlessSet(List<String> command, String property, String value) {
            String prefix = "-D" + property + "=";
            if (jvmArgs.stream().noneMatch(arg -> arg.startsWith(prefix))) {
                command.add(prefix + value);
            }
        }

        /**
         * Launches the child and waits for its ready line.
         *
         * @throws IllegalStateException if it exits or times out first; the message quotes the end
         *     of its log
         */
        public ChildProcess start() {
            Path log = logFile;
            try {
                if (log == null) {
                    log = Files.createTempFile("manara-" + name + "-", ".log");
                }
                log = log.toAbsolutePath();
                Files.createDirectories(log.getParent());
                if (!Files.exists(log)) {
                    Files.createFile(log);
                }
            } catch (IOException e) {
                onClose.run();
                throw new UncheckedIOException("cannot create log file for " + name, e);
            }
            long started = System.nanoTime();
            long offset = sizeOf(log);
            Process process;
            try {
                process =
                        new ProcessBuilder(launchCommand())
                                .redirectErrorStream(true)
                                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                                .start();
            } catch (IOException e) {
                onClose.run();
                throw new UncheckedIOException("cannot launch " + name, e);
            }
            ExitGuard guard = new ExitGuard(process);
            Thread hook = new Thread(guard, "manara-" + name + "-child-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            String address;
            try {
                address = awaitReady(process, log, offset);
            } catch (RuntimeException e) {
                stop(process);
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException ignored) {
                    // shutting down already
                }
                onClose.run();
                throw e;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            return new ChildProcess(name, process, log, address, took, onClose, hook, guard);
        }

        private String awaitReady(Process process, Path log, long offset) {
            long deadline = System.nanoTime() + readyTimeout.toNanos();
            LogTail tail = new LogTail(log, offset);
            while (true) {
                for (String line : tail.newLines()) {
                    Optional<String> ready = ReadyLine.parse(line);
                    if (ready.isPresent()) {
                        return ready.get();
                    }
                }
                if (!process.isAlive()) {
                    tail.newLines();
                    throw new IllegalStateException(
                            name
                                    + " exited with status "
                                    + process.exitValue()
                                    + " before it was ready; end of "
                                    + log
                                    + ":\n"
                                    + tail.lastLines());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            name
                                    + " not ready within "
                                    + readyTimeout
                                    + "; end of "
                                    + log
                                    + ":\n"
                                    + tail.lastLines());
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted waiting for " + name, e);
                }
            }
        }

        /**
         * Linux limits one argument to 128 KiB; a long class path (the CLI's) goes through a java
         * {@code @argfile} instead.
         */
        private List<String> launchCommand() throws IOException {
            List<String> command = command();
            if (classPath.length() < 100_000) {
                return command;
            }
            Path argFile = Files.createTempFile("manara-" + name + "-", ".args");
            argFile.toFile().deleteOnExit();
            String quoted = classPath.replace("\\", "\\\\").replace("\"", "\\\"");
            Files.writeString(argFile, "-cp \"" + quoted + "\"\n");
            int cp = command.indexOf("-cp");
            command.remove(cp + 1);
            command.set(cp, "@" + argFile);
            return command;
        }

        private static long sizeOf(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return 0;
            }
        }
    }

    /** Reads the lines appended to a log file since an offset; keeps the last few. */
    private static final class LogTail {
        private static final int KEEP = 40;
        private final Path file;
        private long position;
        private final StringBuilder partial = new StringBuilder();
        private final Deque<String> last = new ArrayDeque<>();

        LogTail(Path file, long position) {
            this.file = file;
            this.position = position;
        }

        List<String> newLines() {
            List<String> lines = new ArrayList<>();
            try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
                long length = in.length();
                if (length <= position) {
                    return lines;
                }
                byte[] bytes = new byte[(int) Math.min(length - position, 1 << 20)];
                in.seek(position);
                in.readFully(bytes);
                position += bytes.length;
                partial.append(new String(bytes, StandardCharsets.UTF_8));
            } catch (IOException e) {
                return lines;
            }
            int newline;
            while ((newline = partial.indexOf("\n")) >= 0) {
                String line = partial.substring(0, newline).stripTrailing();
                partial.delete(0, newline + 1);
                lines.add(line);
                last.addLast(line);
                if (last.size() > KEEP) {
                    last.removeFirst();
                }
            }
            return lines;
        }

        String lastLines() {
            String rest = partial.toString();
            return String.join("\n", last) + (rest.isEmpty() ? "" : "\n" + rest);
        }
    }
}
