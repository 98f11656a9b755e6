package org.manara.streamjobs.sink;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.elasticsearch.client.ResponseException;

/**
 * Decides which Elasticsearch failures are worth retrying. Retried: 408, 429 and every 5xx (the
 * cluster is busy or unwell) and I/O errors without a status (refused connection, timeout, reset).
 * Everything else (400, 401, 403, 404, 413...) is permanent: retrying cannot help.
 */
public final class Failures {

    /** Whether an item or request with this status may succeed if sent again. */
    public static boolean retryableStatus(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    /** Whether a failed request may succeed if sent again. */
    public static boolean retryable(Throwable failure) {
        Throwable t = unwrap(failure);
        int status = statusOf(t);
        if (status > 0) {
            return retryableStatus(status);
        }
        return t instanceof IOException;
    }

    /** The HTTP status a failure carries, or -1 when it has none (a connection error). */
    public static int statusOf(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof ElasticsearchException e) {
            return e.status();
        }
        if (t instanceof TransportException e) {
            return e.statusCode();
        }
        if (t instanceof ResponseException e) {
            return e.getResponse().getStatusLine().getStatusCode();
        }
        if (t != null && t.getCause() instanceof ResponseException e) {
            return e.getResponse().getStatusLine().getStatusCode();
        }
        return -1;
    }

    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private Failures() {}
}
