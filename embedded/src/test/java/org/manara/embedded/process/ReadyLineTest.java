package org.manara.embedded.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadyLineTest {
    @Test
    void roundTrips() {
        String line = ReadyLine.format("http://127.0.0.1:9200");

        assertThat(line).isEqualTo("READY http://127.0.0.1:9200");
        assertThat(ReadyLine.parse(line)).contains("http://127.0.0.1:9200");
    }

    @Test
    void ignoresOtherLines() {
        assertThat(ReadyLine.parse("[WARN] READY soon")).isEmpty();
        assertThat(ReadyLine.parse("READY ")).isEmpty();
        assertThat(ReadyLine.parse(null)).isEmpty();
        assertThatThrownBy(() -> ReadyLine.format(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void childCommandRunsTheMainOnThisClassPathAndFollowsTheParent() {
        List<String> command =
                ChildProcess.builder("x", ReadyLineTest.class)
                        .jvmArgs(List.of("-Xmx64m"))
                        .args(List.of("--port", "1"))
                        .classPath("a.jar:b.jar")
                        .command();

        assertThat(command.get(0)).endsWith("/bin/java");
        assertThat(command.subList(1, command.size()))
                .containsExactly(
                        "-Xmx64m",
                        "-cp",
                        "a.jar:b.jar",
                        ReadyLineTest.class.getName(),
                        "--port",
                        "1",
                        "--watch-parent");
    }
}
