package org.manara.dashboardapi.core;

import java.util.List;

/**
 * What {@link PostPublisher#publish} achieved: how many posts were acknowledged and, for each one
 * that was not, its position in the list handed in and why.
 */
public record PublishResult(int published, List<Failure> failures) {

    /** A post that was not acknowledged. {@code position} indexes the list given to publish. */
    public record Failure(int position, String reason) {}

    public PublishResult {
        failures = List.copyOf(failures);
    }

    public static PublishResult allPublished(int count) {
        return new PublishResult(count, List.of());
    }
}
