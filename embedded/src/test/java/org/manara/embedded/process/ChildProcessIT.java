package org.manara.embedded.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessIT {
    @TempDir Path dir;

    @Test
    void startsServesAndStopsCleanly() throws Exception {
        Path log = dir.resolve("logs/echo.log");
        AtomicBoolean cleanedUp = new AtomicBoolean();
        ChildProcess child =
                ChildProcess.builder("echo", EchoServerMain.class)
                        .jvmArgs(List.of("-Xmx64m"))
                        .logFile(log)
                        .onClose(() -> cleanedUp.set(true))
                        .start();
        System.out.printf("startup: echo child process %d ms%n", child.startupTime().toMillis());

        assertThat(child.isAlive()).isTrue();
        assertThat(echo(child.address(), "hello")).isEqualTo("echo hello");

        child.close();
        child.close();

        assertThat(child.isAlive()).isFalse();
        assertThat(cleanedUp).isTrue();
        assertThat(Files.readString(log)).contains("READY " + child.address(), "echo: stopped");
    }

    /** Ctrl-C reaches the whole process group; the child leaves its stop to the parent. */
    @Test
    void aChildIgnoresCtrlCAndStopsWhenItsParentClosesIt() throws Exception {
        try (ChildProcess child =
                ChildProcess.builder("echo", EchoServerMain.class)
                        .jvmArgs(List.of("-Xmx64m"))
                        .logFile(dir.resolve("int.log"))
                        .start()) {
            Process kill =
                    new ProcessBuilder("kill", "-INT", Long.toString(child.pid()))
                            .inheritIO()
                            .start();
            assertThat(kill.waitFor()).isZero();

            assertThat(child.handle().onExit().completeOnTimeout(null, 2, TimeUnit.SECONDS).get())
                    .as("the child must survive SIGINT")
                    .isNull();
            assertThat(echo(child.address(), "still here")).isEqualTo("echo still here");
            child.close();
            assertThat(child.isAlive()).isFalse();
        }
    }

    @Test
    void aFailedStartQuotesTheChildsLog() {
        AtomicBoolean cleanedUp = new AtomicBoolean();

        assertThatThrownBy(
                        () ->
                                ChildProcess.builder("echo", EchoServerMain.class)
                                        .args(List.of("--set", "mode=fail"))
                                        .logFile(dir.resolve("fail.log"))
                                        .onClose(() -> cleanedUp.set(true))
                                        .start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited with status 1 before it was ready")
                .hasMessageContaining("echo refuses to start on purpose");
        assertThat(cleanedUp).isTrue();
    }

    @Test
    void aChildThatNeverGetsReadyIsStoppedAfterTheTimeout() {
        assertThatThrownBy(
                        () ->
                                ChildProcess.builder("echo", EchoServerMain.class)
                                        .args(List.of("--set", "mode=slow"))
                                        .logFile(dir.resolve("slow.log"))
                                        .readyTimeout(Duration.ofSeconds(2))
                                        .start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not ready within PT2S");
    }

    @Test
    void aWatchingChildExitsWhenItsParentGoes() throws Exception {
        List<String> command =
                ChildProcess.builder("echo", EchoServerMain.class)
                        .jvmArgs(List.of("-Xmx64m"))
                        .command();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith("READY ");

            // What the operating system does when the parent JVM dies: stdin reaches its end.
            process.getOutputStream().close();

            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
        } finally {
            process.destroyForcibly();
        }
    }

    private static String echo(String address, String text) throws IOException {
        String[] hostPort = address.split(":");
        try (Socket socket = new Socket(hostPort[0], Integer.parseInt(hostPort[1]));
                PrintWriter out =
                        new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
                BufferedReader in =
                        new BufferedReader(
                                new InputStreamReader(
                                        socket.getInputStream(), StandardCharsets.UTF_8))) {
            out.println(text);
            return in.readLine();
        }
    }
}
