package org.manara.streamjobs.sink;

/**
 * The outcome of one item of a bulk request: its HTTP-like status and, on failure, Elasticsearch's
 * error type and reason.
 */
public record BulkItemResult(int status, String errorType, String errorReason) {

    public static BulkItemResult ok(int status) {
        return new BulkItemResult(status, null, null);
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
