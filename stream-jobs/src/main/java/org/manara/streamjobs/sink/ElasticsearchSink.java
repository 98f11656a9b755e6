package org.manara.streamjobs.sink;

import java.util.Collection;
import java.util.List;
import org.apache.flink.api.connector.sink2.StatefulSinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.base.sink.AsyncSinkBase;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.connector.base.sink.writer.config.AsyncSinkWriterConfiguration;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.manara.model.ScoredPost;

/**
 * A Flink sink that bulk-indexes documents into Elasticsearch with deterministic ids, built on
 * {@link AsyncSinkBase}: buffered documents are part of the checkpoint, in-flight requests finish
 * before a checkpoint completes, and failures are retried with backoff (see {@link
 * ElasticsearchSinkWriter} for which). Each writer installs its index templates when it starts
 * (idempotent, so every subtask may do it).
 */
public final class ElasticsearchSink<InputT> extends AsyncSinkBase<InputT, IndexRequestEntry> {
    private static final long serialVersionUID = 1L;

    private final BulkClientFactory clients;
    private final List<IndexTemplate> templates;
    private final BulkSettings settings;

    public ElasticsearchSink(
            ElementConverter<InputT, IndexRequestEntry> converter,
            BulkClientFactory clients,
            List<IndexTemplate> templates,
            BulkSettings settings) {
        super(
                converter,
                settings.maxActions(),
                settings.maxInFlight(),
                settings.maxBuffered(),
                settings.maxBytes(),
                settings.flushInterval().toMillis(),
                settings.maxBytes(),
                settings.sinkRequestTimeout().toMillis(),
                false);
        this.clients = clients;
        this.templates = List.copyOf(templates);
        this.settings = settings;
    }

    /** The sink for scored posts: daily posts indices, with the posts template installed. */
    public static ElasticsearchSink<ScoredPost> forScoredPosts(
            BulkClientFactory clients, BulkSettings settings, PostsIndex index) {
        return new ElasticsearchSink<>(
                new ScoredPostConverter(index), clients, List.of(index.template()), settings);
    }

    @Override
    public StatefulSinkWriter<InputT, BufferedRequestState<IndexRequestEntry>> createWriter(
            WriterInitContext context) {
        return restoreWriter(context, List.of());
    }

    @Override
    public StatefulSinkWriter<InputT, BufferedRequestState<IndexRequestEntry>> restoreWriter(
            WriterInitContext context,
            Collection<BufferedRequestState<IndexRequestEntry>> recoveredState) {
        AsyncSinkWriterConfiguration configuration =
                AsyncSinkWriterConfiguration.builder()
                        .setMaxBatchSize(getMaxBatchSize())
                        .setMaxBatchSizeInBytes(getMaxBatchSizeInBytes())
                        .setMaxInFlightRequests(getMaxInFlightRequests())
                        .setMaxBufferedRequests(getMaxBufferedRequests())
                        .setMaxTimeInBufferMS(getMaxTimeInBufferMS())
                        .setMaxRecordSizeInBytes(getMaxRecordSizeInBytes())
                        .setRequestTimeoutMS(getRequestTimeoutMS())
                        .setFailOnTimeout(getFailOnTimeout())
                        .build();
        return new ElasticsearchSinkWriter<>(
                getElementConverter(),
                context,
                configuration,
                recoveredState,
                clients,
                templates,
                settings.backoff());
    }

    @Override
    public SimpleVersionedSerializer<BufferedRequestState<IndexRequestEntry>>
            getWriterStateSerializer() {
        return new IndexRequestEntrySerializer();
    }
}
