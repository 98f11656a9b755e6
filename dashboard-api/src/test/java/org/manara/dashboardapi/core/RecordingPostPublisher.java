package org.manara.dashboardapi.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.manara.model.Post;

/**
 * A publisher for tests: records what it was given and acknowledges it, except posts whose id is in
 * {@link #failIds}, which fail as a broker that dropped them would.
 */
public final class RecordingPostPublisher implements PostPublisher {
    private final List<Post> published = new ArrayList<>();
    private volatile Set<String> failIds = Set.of();

    public synchronized List<Post> published() {
        return List.copyOf(published);
    }

    public void failIds(Set<String> ids) {
        this.failIds = Set.copyOf(ids);
    }

    public synchronized void reset() {
        published.clear();
        failIds = Set.of();
    }

    @Override
    public synchronized PublishResult publish(List<Post> posts) {
        List<PublishResult.Failure> failures = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            if (failIds.contains(posts.get(i).id())) {
                failures.add(new PublishResult.Failure(i, "test broker dropped it"));
            } else {
                published.add(posts.get(i));
            }
        }
        return new PublishResult(posts.size() - failures.size(), failures);
    }
}
