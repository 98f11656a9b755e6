package org.manara.streamjobs.sink;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.base.sink.writer.AsyncSinkWriter;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.connector.base.sink.writer.ResultHandler;
import org.apache.flink.connector.base.sink.writer.config.AsyncSinkWriterConfiguration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends buffered documents to Elasticsearch in bulk requests. Batching, buffering, back-pressure
 * and checkpointing of the buffer come from {@link AsyncSinkWriter}; this class decides what a
 * response means:
 *
 * <ul>
 *   <li>request failed and retryable (I/O error, 408, 429, 5xx): the whole batch is retried after
 *       an exponential backoff; retries never stop, so an unreachable cluster back-pressures the
 *       job instead of losing posts;
 *   <li>request failed permanently (401, 403, 400...): the job fails with an {@link
 *       ElasticsearchSinkException} (and restarts from its last checkpoint under the restart
 *       strategy);
 *   <li>per-item failures that are retryable (429, 5xx): only those items are retried, with the
 *       same backoff;
 *   <li>per-item permanent failures (a 400 mapping error, say): not retried, since the same
 *       document would fail again; each is logged once at ERROR with the document id, index, status
 *       and reason, and counted in the {@code documentsRejected} metric. The post stays in the
 *       input topic and can be replayed once the cause is fixed.
 * </ul>
 *
 * <p>While a retry waits its backoff the batch counts as in flight, so a checkpoint waits for it:
 * nothing acknowledged by a checkpoint is lost.
 */
final class ElasticsearchSinkWriter<InputT> extends AsyncSinkWriter<InputT, IndexRequestEntry> {
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchSinkWriter.class);

    /** Attempts at installing the index templates before the writer gives up. */
    static final int TEMPLATE_ATTEMPTS = 8;

    private final BulkClient client;
    private final Backoff backoff;
    private final ScheduledExecutorService retryTimer;
    private static final int LATENCY_WINDOW = 10_000;
    private final Histogram latency;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private final Counter indexed;
    private final Counter rejected;
    private final Counter retried;

    ElasticsearchSinkWriter(
            ElementConverter<InputT, IndexRequestEntry> converter,
            WriterInitContext context,
            AsyncSinkWriterConfiguration configuration,
            Collection<BufferedRequestState<IndexRequestEntry>> states,
            BulkClientFactory clients,
            List<IndexTemplate> templates,
            Backoff backoff) {
        super(converter, context, configuration, states);
        this.backoff = backoff;
        this.indexed = context.metricGroup().counter("documentsIndexed");
        this.rejected = context.metricGroup().counter("documentsRejected");
        this.retried = context.metricGroup().counter("documentsRetried");
        // End-to-end latency: from the post's created_at (event time) to Elasticsearch's ack.
        this.latency =
                context.metricGroup()
                        .histogram(
                                "endToEndLatencyMs",
                                new DescriptiveStatisticsHistogram(LATENCY_WINDOW));
        this.retryTimer =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "elasticsearch-sink-retry");
                            t.setDaemon(true);
                            return t;
                        });
        this.client = clients.create();
        installTemplates(templates);
    }

    private void installTemplates(List<IndexTemplate> templates) {
        for (IndexTemplate template : templates) {
            for (int attempt = 1; ; attempt++) {
                try {
                    client.putIndexTemplate(template);
                    break;
                } catch (IOException | RuntimeException e) {
                    if (!Failures.retryable(e) || attempt >= TEMPLATE_ATTEMPTS) {
                        throw new ElasticsearchSinkException(
                                "cannot install index template " + template.name(), e);
                    }
                    Duration delay =
                            backoff.delay(attempt, ThreadLocalRandom.current().nextDouble());
                    LOG.warn(
                            "installing index template {} failed ({}); retry {} in {} ms",
                            template.name(),
                            e.toString(),
                            attempt,
                            delay.toMillis());
                    sleep(delay);
                }
            }
        }
    }

    @Override
    protected void submitRequestEntries(
            List<IndexRequestEntry> entries, ResultHandler<IndexRequestEntry> result) {
        client.bulk(entries)
                .whenComplete(
                        (items, failure) -> {
                            if (failure != null) {
                                requestFailed(entries, result, failure);
                            } else {
                                requestAnswered(entries, items, result);
                            }
                        });
    }

    private void requestFailed(
            List<IndexRequestEntry> entries,
            ResultHandler<IndexRequestEntry> result,
            Throwable failure) {
        Throwable cause = Failures.unwrap(failure);
        if (!Failures.retryable(cause)) {
            result.completeExceptionally(
                    new ElasticsearchSinkException(
                            "Elasticsearch refused a bulk request of "
                                    + entries.size()
                                    + " documents (status "
                                    + Failures.statusOf(cause)
                                    + "); not retrying: "
                                    + cause,
                            cause));
            return;
        }
        retryLater(entries, result, "bulk request failed: " + cause);
    }

    private void requestAnswered(
            List<IndexRequestEntry> entries,
            List<BulkItemResult> items,
            ResultHandler<IndexRequestEntry> result) {
        if (items.size() != entries.size()) {
            result.completeExceptionally(
                    new ElasticsearchSinkException(
                            "bulk response has "
                                    + items.size()
                                    + " items for "
                                    + entries.size()
                                    + " documents",
                            null));
            return;
        }
        List<IndexRequestEntry> retry = new ArrayList<>();
        long now = System.currentTimeMillis();
        int ok = 0;
        for (int i = 0; i < entries.size(); i++) {
            BulkItemResult item = items.get(i);
            IndexRequestEntry entry = entries.get(i);
            if (item.succeeded()) {
                ok++;
                if (entry.eventTimeMillis() >= 0) {
                    latency.update(Math.max(0L, now - entry.eventTimeMillis()));
                }
            } else if (Failures.retryableStatus(item.status())) {
                retry.add(entry);
            } else {
                rejected.inc();
                LOG.error(
                        "Elasticsearch rejected document {} for index {}: status {} {}: {}",
                        entry.id(),
                        entry.index(),
                        item.status(),
                        item.errorType(),
                        item.errorReason());
            }
        }
        indexed.inc(ok);
        if (retry.isEmpty()) {
            consecutiveFailures.set(0);
            result.complete();
        } else {
            retryLater(
                    retry,
                    result,
                    retry.size() + " of " + entries.size() + " documents failed temporarily");
        }
    }

    private void retryLater(
            List<IndexRequestEntry> entries, ResultHandler<IndexRequestEntry> result, String why) {
        int attempt = consecutiveFailures.incrementAndGet();
        Duration delay = backoff.delay(attempt, ThreadLocalRandom.current().nextDouble());
        retried.inc(entries.size());
        LOG.warn(
                "{}; retrying {} documents in {} ms (attempt {})",
                why,
                entries.size(),
                delay.toMillis(),
                attempt);
        try {
            retryTimer.schedule(
                    () -> result.retryForEntries(entries), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // The writer is closing; the entries were never acknowledged, so a restore replays
            // them.
            result.retryForEntries(entries);
        }
    }

    @Override
    protected long getSizeInBytes(IndexRequestEntry entry) {
        return entry.sizeInBytes();
    }

    @Override
    public void close() {
        retryTimer.shutdownNow();
        try {
            client.close();
        } catch (IOException e) {
            LOG.warn("closing the Elasticsearch client failed: {}", e.toString());
        }
        super.close();
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ElasticsearchSinkException("interrupted while installing templates", e);
        }
    }
}
