package org.manara.dashboardapi.api;

import java.util.List;

/**
 * The 202 body of {@code POST /api/v1/ingest/posts}: how many posts Kafka acknowledged and every
 * post that was refused, with reasons. {@code accepted + rejected.size()} is the number of posts in
 * the request.
 */
public record IngestResponse(int accepted, List<Rejection> rejected) {

    public IngestResponse {
        rejected = List.copyOf(rejected);
    }
}
