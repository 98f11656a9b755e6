package org.manara.dashboardapi.core;

import java.util.List;
import org.manara.dashboardapi.api.PublishFailure;
import org.manara.dashboardapi.api.Rejection;

/**
 * The result of one ingest request: how many posts Kafka acknowledged, the posts refused as
 * invalid, and the valid posts Kafka did not acknowledge (non-empty means the request failed).
 */
public record IngestOutcome(int accepted, List<Rejection> rejected, List<PublishFailure> failed) {

    public IngestOutcome {
        rejected = List.copyOf(rejected);
        failed = List.copyOf(failed);
    }

    public boolean fullyPublished() {
        return failed.isEmpty();
    }
}
