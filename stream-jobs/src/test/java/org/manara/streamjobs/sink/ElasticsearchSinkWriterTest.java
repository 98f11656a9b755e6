package org.manara.streamjobs.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.connector.sink2.StatefulSinkWriter;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.util.ExceptionUtils;
import org.junit.jupiter.api.Test;
import org.manara.model.Indices;
import org.manara.model.ScoredPost;
import org.manara.streamjobs.testing.FakeBulkClient;
import org.manara.streamjobs.testing.FakeBulkClient.Fail;
import org.manara.streamjobs.testing.FakeBulkClient.Items;
import org.manara.streamjobs.testing.TestPosts;
import org.manara.streamjobs.testing.TestWriterContext;

class ElasticsearchSinkWriterTest {
    /** Small batches, a flush timer that never fires by itself, millisecond backoff. */
    private static final BulkSettings SETTINGS =
            new BulkSettings(
                    10,
                    1 << 20,
                    Duration.ofHours(1),
                    1,
                    100,
                    new Backoff(Duration.ofMillis(1), Duration.ofMillis(4)),
                    Duration.ofSeconds(10));

    private final FakeBulkClient es = new FakeBulkClient();
    private final TestWriterContext context = new TestWriterContext();

    private ElasticsearchSink<ScoredPost> sink(FakeBulkClient client) {
        return ElasticsearchSink.forScoredPosts(() -> client, SETTINGS, PostsIndex.defaults());
    }

    private StatefulSinkWriter<ScoredPost, BufferedRequestState<IndexRequestEntry>> writer()
            throws Exception {
        return sink(es).createWriter(context);
    }

    private static void write(StatefulSinkWriter<ScoredPost, ?> writer, String... ids)
            throws Exception {
        for (String id : ids) {
            writer.write(TestPosts.scored(id), null);
        }
    }

    private static String key(String id) {
        return Indices.postsIndexFor(TestPosts.CREATED) + "/" + id;
    }

    @Test
    void installsThePostsTemplateAndIndexesUnderDeterministicIds() throws Exception {
        var writer = writer();
        write(writer, "p1", "p2", "p3");
        writer.flush(true);

        assertThat(es.templates)
                .extracting(IndexTemplate::name)
                .containsExactly(Indices.POSTS_TEMPLATE);
        assertThat(es.requests).hasSize(1);
        assertThat(es.documents).containsOnlyKeys(key("p1"), key("p2"), key("p3"));
        assertThat(context.counter("documentsIndexed")).isEqualTo(3);
        writer.close();
        assertThat(es.closed).isTrue();
    }

    @Test
    void retriesOnlyTheItemsThatFailedTemporarily() throws Exception {
        es.then(new Items(e -> e.id().equals("p2") ? 429 : e.id().equals("p3") ? 503 : 0));
        var writer = writer();
        write(writer, "p1", "p2", "p3");
        writer.flush(true);

        assertThat(es.requests).hasSize(2);
        assertThat(es.requests.get(1))
                .extracting(IndexRequestEntry::id)
                .containsExactly("p2", "p3");
        assertThat(es.documents).containsOnlyKeys(key("p1"), key("p2"), key("p3"));
        assertThat(context.counter("documentsRetried")).isEqualTo(2);
        assertThat(context.counter("documentsRejected")).isZero();
        writer.close();
    }

    @Test
    void countsAndSkipsPermanentItemFailures() throws Exception {
        es.then(new Items(e -> e.id().equals("bad") ? 400 : 0));
        var writer = writer();
        write(writer, "p1", "bad", "p3");
        writer.flush(true);

        assertThat(es.requests).hasSize(1);
        assertThat(es.documents).containsOnlyKeys(key("p1"), key("p3"));
        assertThat(context.counter("documentsRejected")).isEqualTo(1);
        assertThat(context.counter("documentsIndexed")).isEqualTo(2);
        writer.close();
    }

    @Test
    void retriesWholeRequestsThatFailWithConnectionErrorsOrBusyStatus() throws Exception {
        es.then(new Fail(new ConnectException("Connection refused")))
                .then(new Fail(status(429)))
                .then(new Fail(status(503)));
        var writer = writer();
        write(writer, "p1", "p2");
        writer.flush(true);

        assertThat(es.requests).hasSize(4);
        assertThat(es.documents).containsOnlyKeys(key("p1"), key("p2"));
        writer.close();
    }

    @Test
    void failsTheJobOnPermanentRequestFailures() throws Exception {
        es.then(new Fail(status(401)));
        var writer = writer();
        write(writer, "p1");

        assertThatThrownBy(() -> writer.flush(true))
                .satisfies(
                        e ->
                                assertThat(
                                                ExceptionUtils.findThrowable(
                                                        e, ElasticsearchSinkException.class))
                                        .hasValueSatisfying(
                                                s ->
                                                        assertThat(s.getMessage())
                                                                .contains("status 401")));
        assertThat(es.documents).isEmpty();
    }

    @Test
    void bufferedDocumentsSurviveARestoreFromState() throws Exception {
        var writer = writer();
        write(writer, "p1", "p2", "p3");
        List<BufferedRequestState<IndexRequestEntry>> state = writer.snapshotState(1);
        assertThat(es.requests).isEmpty();

        SimpleVersionedSerializer<BufferedRequestState<IndexRequestEntry>> serializer =
                sink(es).getWriterStateSerializer();
        BufferedRequestState<IndexRequestEntry> restored =
                serializer.deserialize(serializer.getVersion(), serializer.serialize(state.get(0)));

        FakeBulkClient other = new FakeBulkClient();
        var recovered = sink(other).restoreWriter(new TestWriterContext(), List.of(restored));
        recovered.flush(true);
        assertThat(other.documents).containsOnlyKeys(key("p1"), key("p2"), key("p3"));
        assertThat(other.documents.get(key("p1")))
                .isEqualTo(
                        ScoredPostConverter.convert(PostsIndex.defaults(), TestPosts.scored("p1"))
                                .document());
        recovered.close();
    }

    @Test
    void retriesTemplateInstallationOnConnectionErrors() throws Exception {
        es.failTemplateWith(new ConnectException("not yet"));
        var writer = writer();
        assertThat(es.templates).hasSize(1);
        writer.close();
    }

    @Test
    void refusesToStartWhenTheTemplateIsRejected() {
        es.failTemplateWith(status(400));
        assertThatThrownBy(this::writer)
                .isInstanceOf(ElasticsearchSinkException.class)
                .hasMessageContaining(Indices.POSTS_TEMPLATE);
    }

    static ElasticsearchException status(int status) {
        return new ElasticsearchException(
                "bulk",
                ErrorResponse.of(
                        r ->
                                r.status(status)
                                        .error(
                                                e ->
                                                        e.type("scripted")
                                                                .reason("status " + status))));
    }
}
