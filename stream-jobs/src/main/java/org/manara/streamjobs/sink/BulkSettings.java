package org.manara.streamjobs.sink;

import java.io.Serializable;
import java.time.Duration;
import org.apache.flink.configuration.ReadableConfig;
import org.manara.streamjobs.options.ElasticsearchOptions;

/** How the sink batches, buffers and retries; see {@link ElasticsearchOptions}. */
public record BulkSettings(
        int maxActions,
        long maxBytes,
        Duration flushInterval,
        int maxInFlight,
        int maxBuffered,
        Backoff backoff,
        Duration requestTimeout)
        implements Serializable {

    public BulkSettings {
        if (maxActions < 1 || maxInFlight < 1 || maxBytes < 1) {
            throw new IllegalArgumentException(
                    "bulk max-actions, max-in-flight and max-size must be positive");
        }
        if (maxBuffered <= maxActions) {
            throw new IllegalArgumentException(
                    "elasticsearch.bulk.max-buffered ("
                            + maxBuffered
                            + ") must exceed elasticsearch.bulk.max-actions ("
                            + maxActions
                            + ")");
        }
        if (flushInterval.isNegative() || flushInterval.isZero()) {
            throw new IllegalArgumentException("elasticsearch.bulk.flush-interval must be > 0");
        }
    }

    public static BulkSettings fromOptions(ReadableConfig options) {
        return new BulkSettings(
                options.get(ElasticsearchOptions.BULK_MAX_ACTIONS),
                options.get(ElasticsearchOptions.BULK_MAX_SIZE).getBytes(),
                options.get(ElasticsearchOptions.BULK_FLUSH_INTERVAL),
                options.get(ElasticsearchOptions.BULK_MAX_IN_FLIGHT),
                options.get(ElasticsearchOptions.BULK_MAX_BUFFERED),
                new Backoff(
                        options.get(ElasticsearchOptions.RETRY_INITIAL_BACKOFF),
                        options.get(ElasticsearchOptions.RETRY_MAX_BACKOFF)),
                options.get(ElasticsearchOptions.REQUEST_TIMEOUT));
    }

    /**
     * How long the sink framework waits for one bulk call before re-queuing it: longer than one
     * HTTP timeout plus the longest backoff, so our own retry normally answers first.
     */
    public Duration sinkRequestTimeout() {
        return requestTimeout.plus(backoff.max()).plus(Duration.ofSeconds(30));
    }
}
