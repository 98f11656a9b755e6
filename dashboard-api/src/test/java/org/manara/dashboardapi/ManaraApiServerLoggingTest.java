package org.manara.dashboardapi;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.dropwizard.logging.common.BootstrapLogging;
import io.dropwizard.logging.common.ExternalLoggingFactory;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A host JVM that configures logging itself (the CLI's demo) keeps its appenders when the API
 * starts inside it with an {@link ExternalLoggingFactory}.
 */
class ManaraApiServerLoggingTest {
    private final Logger root =
            ((LoggerContext) LoggerFactory.getILoggerFactory())
                    .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> hostAppender = new ListAppender<>();
    private boolean wasBootstrapped;

    @BeforeEach
    void hostLogging() throws Exception {
        hostAppender.setName("host-appender");
        hostAppender.start();
        root.addAppender(hostAppender);
        // Dropwizard bootstraps logging once per JVM; pretend it has not yet, so the test would
        // see the host's appender removed if the application did bootstrap it.
        wasBootstrapped = bootstrapped().getBoolean(null);
        bootstrapped().setBoolean(null, false);
    }

    @AfterEach
    void restore() throws Exception {
        bootstrapped().setBoolean(null, wasBootstrapped);
        root.detachAppender(hostAppender);
    }

    @Test
    void externalLoggingLeavesTheHostsAppendersInPlace() {
        ManaraApiConfiguration config =
                ManaraApiConfiguration.local(
                        0, 0, List.of("http://127.0.0.1:9200"), "127.0.0.1:9092");
        config.setLoggingFactory(new ExternalLoggingFactory());

        ManaraApiServer.application(config);

        assertThat(root.getAppender("host-appender")).isSameAs(hostAppender);
        LoggerFactory.getLogger(ManaraApiServerLoggingTest.class).warn("still logged");
        assertThat(hostAppender.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .contains("still logged");
    }

    private static Field bootstrapped() throws NoSuchFieldException {
        Field field = BootstrapLogging.class.getDeclaredField("bootstrapped");
        field.setAccessible(true);
        return field;
    }
}
