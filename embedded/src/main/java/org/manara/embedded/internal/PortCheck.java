package org.manara.embedded.internal;

/** Fails early, with the port in the message, when a port someone chose is taken. */
public final class PortCheck {
    private PortCheck() {}

    /**
     * Does nothing for 0 (a random port will be picked).
     *
     * @throws IllegalStateException naming {@code what} and the port if something listens there
     */
    public static void requireFree(String what, int port) {
        if (port != 0 && !FreePorts.isFree(port)) {
            throw new IllegalStateException(
                    what + " port " + port + " on 127.0.0.1 is already in use");
        }
    }
}
