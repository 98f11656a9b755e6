package org.manara.embedded.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.logging.log4j.LogManager;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.env.Environment;

/**
 * Elasticsearch logs nothing until its {@link LogConfigurator} ran (and fails with a null logger
 * factory before that). It is run once per JVM with a WARN-level log4j2.properties.
 */
final class NodeLogging {
    private static final String RESOURCE = "log4j2.properties";
    private static boolean configured;

    private NodeLogging() {}

    /** Copies the bundled log4j2.properties into the node's config directory. */
    static void writeConfig(Path configDir) {
        try (InputStream in = NodeLogging.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Files.createDirectories(configDir);
            Files.copy(in, configDir.resolve(RESOURCE), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + configDir.resolve(RESOURCE), e);
        }
    }

    /**
     * Configures Elasticsearch logging from {@code environment}'s config directory, once.
     *
     * <p>LogConfigurator replaces System.out and System.err with streams into log4j; they are put
     * back, since this JVM's own output (test reports, the CLI, the ready line) must stay visible.
     * When log4j-api is bound to something other than log4j-core (log4j-to-slf4j), only the
     * Elasticsearch logger factory is installed and its logs follow that binding.
     */
    static synchronized void configureOnce(Environment environment) {
        if (configured) {
            return;
        }
        PrintStream out = System.out;
        PrintStream err = System.err;
        try {
            if (LogManager.getContext(false)
                    instanceof org.apache.logging.log4j.core.LoggerContext) {
                LogConfigurator.registerErrorListener();
                LogConfigurator.configure(environment, true);
            } else {
                LogConfigurator.configureESLogging();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot configure Elasticsearch logging", e);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        configured = true;
    }
}
