package org.manara.dashboardapi.api;

/**
 * A valid post Kafka did not acknowledge: its position in the request, its id and why. Reported in
 * the 503 problem body of the ingest endpoint so that a client knows exactly what to resend.
 */
public record PublishFailure(int index, String id, String reason) {}
