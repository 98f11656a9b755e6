package org.manara.dashboardapi.core;

/** The post store could not answer (unreachable, timed out, or failed); the API says 503. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
