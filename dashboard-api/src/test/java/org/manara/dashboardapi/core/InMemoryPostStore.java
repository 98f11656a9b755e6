package org.manara.dashboardapi.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.manara.dashboardapi.api.PostsPage;
import org.manara.model.ScoredPost;

/** A post store for tests, with the same ordering and filtering contract as Elasticsearch's. */
public final class InMemoryPostStore implements PostStore {
    private static final Comparator<ScoredPost> NEWEST_FIRST =
            Comparator.comparing(
                            (ScoredPost p) -> p.post().createdAt(),
                            Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                    .thenComparing(
                            ScoredPost::scoredAt,
                            Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                    .reversed();

    private final List<ScoredPost> posts = new ArrayList<>();
    private volatile boolean unavailable;

    public synchronized void add(ScoredPost post) {
        posts.add(post);
    }

    public synchronized void clear() {
        posts.clear();
        unavailable = false;
    }

    public void unavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    @Override
    public synchronized PostsPage find(PostQuery query) {
        if (unavailable) {
            throw new StoreUnavailableException("test store is down", null);
        }
        List<ScoredPost> matching =
                posts.stream()
                        .filter(p -> query.flagged().map(f -> f == p.flagged()).orElse(true))
                        .sorted(NEWEST_FIRST)
                        .toList();
        return new PostsPage(
                matching.size(), matching.subList(0, Math.min(query.limit(), matching.size())));
    }
}
