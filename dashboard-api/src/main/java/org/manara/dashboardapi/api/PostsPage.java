package org.manara.dashboardapi.api;

import java.util.List;
import org.manara.model.ScoredPost;

/**
 * One page of scored posts, newest first: {@code total} counts every matching post, {@code items}
 * holds at most the requested limit.
 */
public record PostsPage(long total, List<ScoredPost> items) {

    public PostsPage {
        items = List.copyOf(items);
    }

    public static PostsPage empty() {
        return new PostsPage(0, List.of());
    }
}
