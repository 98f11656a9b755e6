package org.manara.dashboardapi.core;

import com.fasterxml.jackson.databind.JsonNode;
import org.manara.model.Problem;

/**
 * One record read from an ingest body, before validation: its JSON, or (for an NDJSON line that is
 * not JSON) the problem that made it unreadable.
 */
public record IncomingRecord(JsonNode json, Problem unreadable) {

    public static IncomingRecord of(JsonNode json) {
        return new IncomingRecord(json, null);
    }

    public static IncomingRecord unreadable(Problem problem) {
        return new IncomingRecord(null, problem);
    }

    /** The record's {@code id} when it has a string one, for reporting; otherwise null. */
    public String id() {
        if (json == null || !json.isObject()) {
            return null;
        }
        JsonNode id = json.get("id");
        return id != null && id.isTextual() ? id.textValue() : null;
    }
}
