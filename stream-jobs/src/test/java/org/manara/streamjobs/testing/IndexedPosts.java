package org.manara.streamjobs.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.manara.streamjobs.sink.ElasticsearchConnection;

/** What the job indexed behind an alias, read with a fresh client each time. */
public final class IndexedPosts {

    /** Documents behind {@code alias} after a refresh; 0 when no index exists yet. */
    public static long count(String url, String alias) throws IOException {
        ElasticsearchClient es = ElasticsearchConnection.of(url).client();
        try {
            if (!es.indices().existsAlias(a -> a.name(alias)).value()) {
                return 0;
            }
            es.indices().refresh(r -> r.index(alias));
            return es.count(c -> c.index(alias)).count();
        } finally {
            es._transport().close();
        }
    }

    /**
     * The id of every document behind {@code alias}, duplicates kept: a post indexed twice (in two
     * daily indices, say) shows up twice. At most 10,000 (Elasticsearch's result window).
     */
    public static List<String> ids(String url, String alias) throws IOException {
        ElasticsearchClient es = ElasticsearchConnection.of(url).client();
        try {
            es.indices().refresh(r -> r.index(alias));
            List<Hit<Object>> hits =
                    es.search(
                                    s ->
                                            s.index(alias)
                                                    .size(10_000)
                                                    .source(src -> src.fetch(false)),
                                    Object.class)
                            .hits()
                            .hits();
            List<String> ids = new ArrayList<>(hits.size());
            hits.forEach(h -> ids.add(h.id()));
            return ids;
        } finally {
            es._transport().close();
        }
    }

    /** Documents whose verdict needs a moderator ({@code flagged: true}). */
    public static long flagged(String url, String alias) throws IOException {
        ElasticsearchClient es = ElasticsearchConnection.of(url).client();
        try {
            es.indices().refresh(r -> r.index(alias));
            return es.count(
                            c ->
                                    c.index(alias)
                                            .query(
                                                    q ->
                                                            q.term(
                                                                    t ->
                                                                            t.field("flagged")
                                                                                    .value(true))))
                    .count();
        } finally {
            es._transport().close();
        }
    }

    private IndexedPosts() {}
}
