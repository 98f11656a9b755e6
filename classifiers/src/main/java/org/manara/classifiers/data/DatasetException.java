package org.manara.classifiers.data;

/**
 * A dataset file that is missing or does not have the expected shape. The message names the file
 * and, for a bad row, its line, so a command-line user can fix it.
 */
public class DatasetException extends RuntimeException {
    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
