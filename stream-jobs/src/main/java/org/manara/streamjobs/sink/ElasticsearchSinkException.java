package org.manara.streamjobs.sink;

/** A failure the sink will not retry: the job fails with it (wrong credentials, bad request). */
public final class ElasticsearchSinkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ElasticsearchSinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
