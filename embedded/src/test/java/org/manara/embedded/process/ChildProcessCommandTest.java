package org.manara.embedded.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChildProcessCommandTest {
    @Test
    void givenLoggingConfigurationIsKept() {
        List<String> command =
                ChildProcess.builder("x", ChildProcessCommandTest.class)
                        .jvmArgs(List.of("-Dlogback.configurationFile=/etc/mine.xml"))
                        .command();

        assertThat(command)
                .contains("-Dlogback.configurationFile=/etc/mine.xml")
                .doesNotContain(
                        "-Dlogback.configurationFile=org/manara/embedded/process/child-logback.xml");
    }

    @Test
    void childCommandRunsTheMainOnThisClassPathAndFollowsTheParent() {
        List<String> command =
                ChildProcess.builder("x", ChildProcessCommandTest.class)
                        .jvmArgs(List.of("-Xmx64m"))
                        .args(List.of("--port", "1"))
                        .classPath("a.jar:b.jar")
                        .command();

        assertThat(command.get(0)).endsWith("/bin/java");
        assertThat(command.subList(1, command.size()))
                .containsExactly(
                        "-Xmx64m",
                        "-Dlogback.configurationFile=org/manara/embedded/process/child-logback.xml",
                        "-Dlog4j2.configurationFile="
                                + "org/manara/embedded/process/child-log4j2.properties",
                        "-cp",
                        "a.jar:b.jar",
                        ChildProcessCommandTest.class.getName(),
                        "--port",
                        "1",
                        "--watch-parent");
    }
}
