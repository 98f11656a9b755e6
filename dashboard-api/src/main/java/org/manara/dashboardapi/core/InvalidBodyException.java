package org.manara.dashboardapi.core;

/** The request body is not a JSON array / NDJSON at all (as opposed to holding bad posts): 400. */
public class InvalidBodyException extends Exception {

    public InvalidBodyException(String message) {
        super(message);
    }
}
