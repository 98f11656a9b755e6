package org.manara.dashboardapi.core;

import org.manara.dashboardapi.api.PostsPage;

/**
 * Where scored posts are read from. The production implementation queries Elasticsearch; resource
 * tests use an in-memory one.
 */
public interface PostStore {

    /**
     * The posts matching the query, newest first ({@code post.created_at}, then {@code scored_at}).
     * A store that holds no posts yet (no index) answers with an empty page.
     *
     * @throws StoreUnavailableException when the backing store cannot be reached or fails
     */
    PostsPage find(PostQuery query);
}
