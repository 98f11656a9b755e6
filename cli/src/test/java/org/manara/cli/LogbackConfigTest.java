package org.manara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.util.StatusPrinter2;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's own logback.xml: it parses cleanly, and its file log rolls instead of growing. */
class LogbackConfigTest {

    @Test
    void theFileLogRollsAndTheConfigurationHasNoErrors(@TempDir Path dir) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty("manara.log.dir", dir.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogbackConfigTest.class.getResource("/logback.xml"));
        context.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("FILE"))
                .isInstanceOfSatisfying(
                        RollingFileAppender.class,
                        a ->
                                assertThat(a.getRollingPolicy())
                                        .isInstanceOf(SizeAndTimeBasedRollingPolicy.class));
        context.getLogger("org.manara.test").info("a line for the file");
        context.stop();
        int worst =
                context.getStatusManager().getCopyOfStatusList().stream()
                        .mapToInt(Status::getLevel)
                        .max()
                        .orElse(Status.INFO);
        if (worst >= Status.WARN) {
            new StatusPrinter2().print(context);
        }
        assertThat(worst).as("logback status level").isLessThan(Status.WARN);
        assertThat(Files.readString(dir.resolve("manara.log"), StandardCharsets.UTF_8))
                .contains(
                        "INFO  ["
                                + Thread.currentThread().getName()
                                + "] org.manara.test: a line for the file");
    }
}
