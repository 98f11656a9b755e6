package org.manara.cli.bench;

import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.manara.model.ScoredPost;
import org.manara.streamjobs.sink.IndexRequestEntry;

/**
 * The production converter, noting each post's {@code created_at} under its document id so {@link
 * MeasuringBulkClients} can time the document when Elasticsearch acknowledges it.
 */
final class MeasuringConverter implements ElementConverter<ScoredPost, IndexRequestEntry> {
    private static final long serialVersionUID = 1L;

    private final ElementConverter<ScoredPost, IndexRequestEntry> delegate;
    private final String runId;
    private transient BenchRun run;

    MeasuringConverter(ElementConverter<ScoredPost, IndexRequestEntry> delegate, String runId) {
        this.delegate = delegate;
        this.runId = runId;
    }

    @Override
    public void open(WriterInitContext context) {
        delegate.open(context);
    }

    @Override
    public IndexRequestEntry apply(ScoredPost post, SinkWriter.Context context) {
        if (run == null) {
            run = BenchRun.get(runId);
        }
        run.arrived();
        IndexRequestEntry entry = delegate.apply(post, context);
        run.sending(entry.id(), post.post().createdAt());
        return entry;
    }
}
