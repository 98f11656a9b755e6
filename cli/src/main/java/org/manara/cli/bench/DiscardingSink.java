package org.manara.cli.bench;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.manara.model.ScoredPost;

/** Stands in for Elasticsearch with {@code --no-sink}: drops each post, timing when it left. */
final class DiscardingSink implements Sink<ScoredPost> {
    private static final long serialVersionUID = 1L;

    private final String runId;

    DiscardingSink(String runId) {
        this.runId = runId;
    }

    @Override
    public SinkWriter<ScoredPost> createWriter(WriterInitContext context) {
        BenchRun run = BenchRun.get(runId);
        return new SinkWriter<>() {
            @Override
            public void write(ScoredPost post, Context context) {
                run.arrived();
                run.left(post.post().createdAt());
            }

            @Override
            public void flush(boolean endOfInput) {}

            @Override
            public void close() {}
        };
    }
}
