package org.manara.dashboardapi.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldSort;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TermQuery;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.manara.dashboardapi.api.PostsPage;
import org.manara.dashboardapi.core.PostQuery;
import org.manara.dashboardapi.core.PostStore;
import org.manara.dashboardapi.core.StoreUnavailableException;
import org.manara.model.ScoredPost;

/**
 * Reads scored posts from Elasticsearch through the posts alias. Only core search features are used
 * (term filter, sort, exact total), which every Elasticsearch 8/9 cluster and the embedded test
 * node have. Sorts declare an unmapped type so that an index without those fields does not fail,
 * and a missing alias reads as an empty store.
 */
public final class ElasticsearchPostStore implements PostStore {
    private final ElasticsearchClient client;
    private final String index;

    public ElasticsearchPostStore(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    @Override
    public PostsPage find(PostQuery query) {
        SearchRequest.Builder request =
                new SearchRequest.Builder()
                        .index(index)
                        .ignoreUnavailable(true)
                        .allowNoIndices(true)
                        .size(query.limit())
                        .trackTotalHits(t -> t.enabled(true))
                        .sort(newestFirst("post.created_at"), newestFirst("scored_at"));
        query.flagged().ifPresent(flagged -> request.query(flaggedFilter(flagged)));
        try {
            SearchResponse<ScoredPost> response = client.search(request.build(), ScoredPost.class);
            long total = response.hits().total() == null ? 0 : response.hits().total().value();
            List<ScoredPost> items =
                    response.hits().hits().stream()
                            .map(Hit::source)
                            .filter(Objects::nonNull)
                            .toList();
            return new PostsPage(total, items);
        } catch (ElasticsearchException e) {
            if (e.status() == 404 && "index_not_found_exception".equals(e.error().type())) {
                return PostsPage.empty();
            }
            throw new StoreUnavailableException(
                    "Elasticsearch refused the search: " + e.error().type(), e);
        } catch (IOException e) {
            throw new StoreUnavailableException("Elasticsearch is unreachable: " + e, e);
        }
    }

    private static SortOptions newestFirst(String field) {
        FieldSort sort =
                FieldSort.of(
                        f -> f.field(field).order(SortOrder.Desc).unmappedType(FieldType.Date));
        return SortOptions.of(s -> s.field(sort));
    }

    /** A filter (not a scoring query): the {@code flagged} boolean every document carries. */
    private static Query flaggedFilter(boolean flagged) {
        Query term = TermQuery.of(t -> t.field("flagged").value(FieldValue.of(flagged)))._toQuery();
        return Query.of(q -> q.bool(b -> b.filter(term)));
    }
}
