package org.manara.streamjobs.sink;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The two calls the sink makes to Elasticsearch. An interface so the sink's batching, retry and
 * rejection logic can be tested against an in-memory fake.
 */
public interface BulkClient extends AutoCloseable {

    /**
     * Indexes the entries in one bulk request. The future holds one result per entry, in order, or
     * fails when the request as a whole failed (connection refused, 429, 5xx, 401, ...).
     */
    CompletableFuture<List<BulkItemResult>> bulk(List<IndexRequestEntry> entries);

    /** Creates or replaces an index template; idempotent. */
    void putIndexTemplate(IndexTemplate template) throws IOException;

    @Override
    void close() throws IOException;
}
