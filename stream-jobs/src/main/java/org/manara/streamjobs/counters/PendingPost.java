package org.manara.streamjobs.counters;

import org.manara.streamjobs.pipeline.EnrichedPost;

/** A post waiting in the join for the results of its {@code requests} counter requests. */
public record PendingPost(EnrichedPost post, int requests) {}
