package org.manara.streamjobs.sink.internal;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.PutIndexTemplateRequest;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.manara.streamjobs.sink.BulkClient;
import org.manara.streamjobs.sink.BulkItemResult;
import org.manara.streamjobs.sink.IndexRequestEntry;
import org.manara.streamjobs.sink.IndexTemplate;

/**
 * {@link BulkClient} over the elasticsearch-java client. Documents are already JSON, so they go
 * into the bulk body as raw bytes ({@link BinaryData}) without a second serialisation.
 */
public final class ElasticsearchBulkClient implements BulkClient {
    private final ElasticsearchTransport transport;
    private final ElasticsearchAsyncClient async;
    private final ElasticsearchClient blocking;

    public ElasticsearchBulkClient(ElasticsearchTransport transport) {
        this.transport = transport;
        this.async = new ElasticsearchAsyncClient(transport);
        this.blocking = new ElasticsearchClient(transport);
    }

    @Override
    public CompletableFuture<List<BulkItemResult>> bulk(List<IndexRequestEntry> entries) {
        List<BulkOperation> operations = new ArrayList<>(entries.size());
        for (IndexRequestEntry entry : entries) {
            BinaryData source = BinaryData.of(entry.document(), ContentType.APPLICATION_JSON);
            operations.add(
                    BulkOperation.of(
                            op ->
                                    op.index(
                                            index ->
                                                    index.index(entry.index())
                                                            .id(entry.id())
                                                            .document(source))));
        }
        CompletableFuture<List<BulkItemResult>> result;
        try {
            result =
                    async.bulk(BulkRequest.of(b -> b.operations(operations)))
                            .thenApply(response -> toResults(response.items()));
        } catch (RuntimeException e) {
            result = CompletableFuture.failedFuture(e);
        }
        return result;
    }

    private static List<BulkItemResult> toResults(List<BulkResponseItem> items) {
        List<BulkItemResult> results = new ArrayList<>(items.size());
        for (BulkResponseItem item : items) {
            ErrorCause error = item.error();
            results.add(
                    new BulkItemResult(
                            item.status(),
                            error == null ? null : error.type(),
                            error == null ? null : error.reason()));
        }
        return results;
    }

    @Override
    public void putIndexTemplate(IndexTemplate template) throws IOException {
        blocking.indices()
                .putIndexTemplate(
                        PutIndexTemplateRequest.of(
                                b ->
                                        b.name(template.name())
                                                .withJson(
                                                        new ByteArrayInputStream(
                                                                template.json()))));
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }
}
