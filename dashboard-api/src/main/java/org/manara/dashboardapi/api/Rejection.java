package org.manara.dashboardapi.api;

import java.util.List;
import org.manara.model.Problem;

/**
 * A post the ingest endpoint refused: its 0-based position in the request (array element or
 * non-blank NDJSON line), its {@code id} when it had a readable one, and every problem found.
 */
public record Rejection(int index, String id, List<Problem> problems) {

    public Rejection {
        problems = List.copyOf(problems);
    }
}
