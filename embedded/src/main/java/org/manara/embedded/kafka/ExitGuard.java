package org.manara.embedded.kafka;

import org.apache.kafka.common.utils.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka's fatal-fault handlers call {@link Exit#halt} or {@link Exit#exit}, which would end the
 * whole test JVM (for example when the controller port is taken between picking and binding).
 * In-process brokers turn those calls into exceptions, so startup fails like any other error and
 * the broker can be retried or the test fails with a message. A child-process broker ({@link
 * KafkaMain}) keeps Kafka's behaviour: there the JVM is the broker.
 */
final class ExitGuard {
    private static final Logger LOG = LoggerFactory.getLogger(ExitGuard.class);
    private static boolean installed;
    private static boolean disabled;

    private ExitGuard() {}

    /** Installs the guard once per JVM unless {@link #disable()} was called first. */
    static synchronized void install() {
        if (installed || disabled) {
            return;
        }
        installed = true;
        Exit.setHaltProcedure((status, message) -> refuse("halt", status, message));
        Exit.setExitProcedure((status, message) -> refuse("exit", status, message));
    }

    /** For {@link KafkaMain}: let Kafka end the JVM it owns. */
    static synchronized void disable() {
        disabled = true;
        if (installed) {
            Exit.resetHaltProcedure();
            Exit.resetExitProcedure();
            installed = false;
        }
    }

    private static void refuse(String what, int status, String message) {
        LOG.error(
                "embedded Kafka asked to {} the JVM with status {} ({}); refused, failing the broker"
                        + " instead",
                what,
                status,
                message);
        throw new IllegalStateException(
                "embedded Kafka asked to "
                        + what
                        + " the JVM with status "
                        + status
                        + ": "
                        + message);
    }
}
