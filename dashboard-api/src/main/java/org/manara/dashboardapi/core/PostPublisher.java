package org.manara.dashboardapi.core;

import java.util.List;
import org.manara.model.Post;

/**
 * Where accepted posts go. The production implementation produces to Kafka keyed by post id;
 * resource tests use a recording fake.
 */
public interface PostPublisher {

    /**
     * Publishes every post and returns only once each one is either acknowledged or known to have
     * failed, so the caller can tell its client exactly what was stored. Never throws for a failed
     * send: failures are part of the result.
     */
    PublishResult publish(List<Post> posts);
}
