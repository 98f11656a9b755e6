package org.manara.dashboardapi.core;

import java.io.IOException;

/**
 * The request body is longer than the configured limit: 413. An {@link IOException} so that it
 * passes unchanged through the JSON parser reading the bounded stream.
 */
public class BodyTooLargeException extends IOException {
    private final long limitBytes;

    public BodyTooLargeException(long limitBytes) {
        super("request body is larger than " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
