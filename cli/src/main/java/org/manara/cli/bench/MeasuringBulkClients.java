package org.manara.cli.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.manara.streamjobs.sink.BulkClient;
import org.manara.streamjobs.sink.BulkClientFactory;
import org.manara.streamjobs.sink.BulkItemResult;
import org.manara.streamjobs.sink.IndexRequestEntry;
import org.manara.streamjobs.sink.IndexTemplate;

/** The real Elasticsearch client, reporting every acknowledged document to the benchmark run. */
final class MeasuringBulkClients implements BulkClientFactory {
    private static final long serialVersionUID = 1L;

    private final BulkClientFactory delegate;
    private final String runId;

    MeasuringBulkClients(BulkClientFactory delegate, String runId) {
        this.delegate = delegate;
        this.runId = runId;
    }

    @Override
    public BulkClient create() {
        BulkClient client = delegate.create();
        BenchRun run = BenchRun.get(runId);
        return new BulkClient() {
            @Override
            public CompletableFuture<List<BulkItemResult>> bulk(List<IndexRequestEntry> entries) {
                return client.bulk(entries)
                        .thenApply(
                                items -> {
                                    for (int i = 0; i < items.size() && i < entries.size(); i++) {
                                        if (items.get(i).succeeded()) {
                                            run.indexed(entries.get(i).id());
                                        }
                                    }
                                    return items;
                                });
            }

            @Override
            public void putIndexTemplate(IndexTemplate template) throws IOException {
                client.putIndexTemplate(template);
            }

            @Override
            public void close() throws IOException {
                client.close();
            }
        };
    }
}
