package org.manara.streamjobs.testing;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.manara.streamjobs.sink.BulkClient;
import org.manara.streamjobs.sink.BulkItemResult;
import org.manara.streamjobs.sink.IndexRequestEntry;
import org.manara.streamjobs.sink.IndexTemplate;

/**
 * An in-memory Elasticsearch: indexes documents by (index, id) so overwrites are visible, and
 * answers with scripted failures first. Thread-safe enough for one writer.
 */
public final class FakeBulkClient implements BulkClient {
    /** A scripted answer to one bulk call: a failure for the whole call, or per-item statuses. */
    public sealed interface Answer permits Fail, Items {}

    public record Fail(Exception error) implements Answer {}

    /** Status per entry; 0 means "index it" (201). */
    public record Items(Function<IndexRequestEntry, Integer> status) implements Answer {}

    private final Deque<Answer> script = new ArrayDeque<>();
    private final Deque<Exception> templateFailures = new ArrayDeque<>();
    public final Map<String, byte[]> documents = new ConcurrentHashMap<>();
    public final List<List<IndexRequestEntry>> requests = new ArrayList<>();
    public final List<IndexTemplate> templates = new ArrayList<>();
    public volatile boolean closed;

    public synchronized FakeBulkClient then(Answer answer) {
        script.add(answer);
        return this;
    }

    public synchronized FakeBulkClient failTemplateWith(Exception e) {
        templateFailures.add(e);
        return this;
    }

    @Override
    public synchronized CompletableFuture<List<BulkItemResult>> bulk(
            List<IndexRequestEntry> entries) {
        requests.add(List.copyOf(entries));
        Answer answer = script.isEmpty() ? new Items(e -> 0) : script.poll();
        if (answer instanceof Fail fail) {
            return CompletableFuture.failedFuture(fail.error());
        }
        Function<IndexRequestEntry, Integer> status = ((Items) answer).status();
        List<BulkItemResult> results = new ArrayList<>();
        for (IndexRequestEntry entry : entries) {
            int s = status.apply(entry);
            if (s == 0 || (s >= 200 && s < 300)) {
                documents.put(entry.index() + "/" + entry.id(), entry.document());
                results.add(BulkItemResult.ok(201));
            } else {
                results.add(new BulkItemResult(s, "scripted_exception", "scripted " + s));
            }
        }
        // Answer from another thread, as a real HTTP client does.
        return CompletableFuture.supplyAsync(() -> results);
    }

    @Override
    public synchronized void putIndexTemplate(IndexTemplate template) throws IOException {
        Exception failure = templateFailures.poll();
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        templates.add(template);
    }

    @Override
    public void close() {
        closed = true;
    }
}
