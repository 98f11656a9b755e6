package org.manara.streamjobs.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.manara.embedded.junit.ElasticsearchExtension;
import org.manara.model.Json;
import org.manara.model.Post;
import org.manara.model.ScoredPost;
import org.manara.model.Scores;
import org.manara.model.Verdict;
import org.manara.streamjobs.testing.TestPosts;
import org.manara.streamjobs.testing.TestWriterContext;

/** The sink writer and the Elasticsearch bulk client against a real node. */
class ElasticsearchSinkIT {

    @RegisterExtension static final ElasticsearchExtension ES = new ElasticsearchExtension();

    private static final BulkSettings SETTINGS =
            new BulkSettings(
                    50,
                    8 << 20,
                    Duration.ofHours(1),
                    2,
                    500,
                    new Backoff(Duration.ofMillis(5), Duration.ofMillis(20)),
                    Duration.ofSeconds(10));

    private PostsIndex index;
    private ElasticsearchClient client;

    @BeforeEach
    void setUp() {
        index = new PostsIndex(ES.uniqueIndex("sink-it"), 1, 0);
        client = ElasticsearchConnection.of(ES.httpUrl()).client();
    }

    @AfterEach
    void tearDown() throws Exception {
        client._transport().close();
    }

    private ElasticsearchSink<ScoredPost> sink(BulkClientFactory clients) {
        return ElasticsearchSink.forScoredPosts(clients, SETTINGS, index);
    }

    private long count() throws Exception {
        client.indices().refresh(r -> r.index(index.alias()));
        return client.count(c -> c.index(index.alias())).count();
    }

    @Test
    void indexesIntoDailyIndicesBehindTheAliasWithoutDuplicatesOnReplay() throws Exception {
        TestWriterContext context = new TestWriterContext();
        var writer = sink(ElasticsearchConnection.of(ES.httpUrl())).createWriter(context);
        List<ScoredPost> posts = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Post p = TestPosts.post("p" + i, "post number " + i);
            // Two calendar days, so two daily indices.
            p =
                    Post.of(
                            p.id(),
                            p.author().id(),
                            p.text(),
                            p.createdAt().plus(Duration.ofHours(i % 2 * 24)));
            posts.add(new ScoredPost(p, new Scores(null, "m"), Verdict.allow("r"), p.createdAt()));
        }
        for (ScoredPost p : posts) {
            writer.write(p, null);
        }
        writer.flush(true);
        for (ScoredPost p : posts) { // the replay
            writer.write(p, null);
        }
        writer.flush(true);
        writer.close();

        assertThat(count()).isEqualTo(120);
        assertThat(context.counter("documentsIndexed")).isEqualTo(240);
        assertThat(client.indices().getAlias(a -> a.name(index.alias())).result().keySet())
                .containsExactlyInAnyOrder(
                        index.indexFor(posts.get(0).post().createdAt()),
                        index.indexFor(posts.get(1).post().createdAt()));

        GetResponse<ObjectNode> doc =
                client.get(
                        g -> g.index(index.indexFor(posts.get(3).post().createdAt())).id("p3"),
                        ObjectNode.class);
        assertThat(Json.mapper().treeToValue(doc.source(), ScoredPost.class))
                .isEqualTo(posts.get(3));
    }

    @Test
    void templateMappingIsAppliedWithTheLanguageAnalyzers() throws Exception {
        var writer =
                sink(ElasticsearchConnection.of(ES.httpUrl()))
                        .createWriter(new TestWriterContext());
        writer.write(scored("en", "The runners were running quickly"), null);
        writer.write(scored("ar", "ذهب الطلاب إلى المكتبات"), null);
        writer.flush(true);
        writer.close();
        client.indices().refresh(r -> r.index(index.alias()));

        // The english analyzer stems "runs" to the same root as "running"/"runners".
        long english =
                client.count(
                                c ->
                                        c.index(index.alias())
                                                .query(
                                                        q ->
                                                                q.match(
                                                                        m ->
                                                                                m.field(
                                                                                                "post.text.english")
                                                                                        .query(
                                                                                                "runs"))))
                        .count();
        long standard =
                client.count(
                                c ->
                                        c.index(index.alias())
                                                .query(
                                                        q ->
                                                                q.match(
                                                                        m ->
                                                                                m.field("post.text")
                                                                                        .query(
                                                                                                "runs"))))
                        .count();
        // The arabic analyzer strips the definite article: "مكتبات" finds "المكتبات".
        long arabic =
                client.count(
                                c ->
                                        c.index(index.alias())
                                                .query(
                                                        q ->
                                                                q.match(
                                                                        m ->
                                                                                m.field(
                                                                                                "post.text.arabic")
                                                                                        .query(
                                                                                                "مكتبات"))))
                        .count();
        assertThat(english).isEqualTo(1);
        assertThat(standard).isZero();
        assertThat(arabic).isEqualTo(1);

        var mapping =
                client.indices()
                        .getMapping(m -> m.index(index.alias()))
                        .result()
                        .values()
                        .iterator()
                        .next();
        assertThat(mapping.mappings().properties().get("flagged").isBoolean()).isTrue();
    }

    @Test
    void mappingErrorsComeBackAsPermanentItemFailuresWhileTheRestIsIndexed() throws Exception {
        TestWriterContext context = new TestWriterContext();
        ElasticsearchConnection connection = ElasticsearchConnection.of(ES.httpUrl());
        var writer = sink(connection).createWriter(context);
        writer.write(scored("good", "fine"), null);
        writer.flush(true);
        writer.close();

        // A document that breaks the mapping (a date that is not a date), sent straight through
        // the bulk client as the writer would.
        ScoredPost good = scored("good2", "fine");
        IndexRequestEntry ok = ScoredPostConverter.convert(index, good);
        String broken =
                new String(ok.document(), StandardCharsets.UTF_8)
                        .replace("\"scored_at\":\"", "\"scored_at\":\"not a date ");
        try (BulkClient bulk = connection.create()) {
            List<BulkItemResult> results =
                    bulk.bulk(
                                    List.of(
                                            ok,
                                            new IndexRequestEntry(
                                                    ok.index(),
                                                    "broken",
                                                    broken.getBytes(StandardCharsets.UTF_8))))
                            .get();
            assertThat(results.get(0).succeeded()).isTrue();
            assertThat(results.get(1).status()).isEqualTo(400);
            assertThat(results.get(1).errorType()).isEqualTo("document_parsing_exception");
        }
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void anUnreachableClusterFailsTheWriterAfterRetryingTheTemplate() {
        ElasticsearchConnection nowhere =
                new ElasticsearchConnection(
                        List.of("http://127.0.0.1:1"), null, null, null, Duration.ofSeconds(1));
        assertThatThrownBy(() -> sink(nowhere).createWriter(new TestWriterContext()))
                .isInstanceOf(ElasticsearchSinkException.class)
                .hasMessageContaining(index.templateName());
    }

    private static ScoredPost scored(String id, String text) {
        Post p = TestPosts.post(id, text);
        return new ScoredPost(p, new Scores(Map.of(), "m"), Verdict.allow("r"), p.createdAt());
    }
}
