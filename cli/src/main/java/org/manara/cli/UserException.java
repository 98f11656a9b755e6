package org.manara.cli;

/**
 * A failure caused by the user's input (a bad path, an unknown column): the CLI prints its message
 * as one line and exits with status 2, without a stack trace.
 */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
