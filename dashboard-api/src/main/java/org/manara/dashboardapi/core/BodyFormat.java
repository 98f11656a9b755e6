package org.manara.dashboardapi.core;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The two request body formats the ingest endpoint reads. */
public enum BodyFormat {
    /** {@code application/json}: one JSON array of post objects. */
    JSON_ARRAY,
    /** {@code application/x-ndjson} (or {@code application/ndjson}): one post object per line. */
    NDJSON;

    /**
     * The format for a {@code Content-Type}, or empty when it is not one we read. A charset
     * parameter other than UTF-8 is refused: JSON is UTF-8 (RFC 8259).
     */
    public static Optional<BodyFormat> of(MediaType type) {
        if (type == null) {
            return Optional.empty();
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase(StandardCharsets.UTF_8.name())) {
            return Optional.empty();
        }
        if (!"application".equalsIgnoreCase(type.getType())) {
            return Optional.empty();
        }
        return switch (type.getSubtype().toLowerCase(java.util.Locale.ROOT)) {
            case "json" -> Optional.of(JSON_ARRAY);
            case "x-ndjson", "ndjson" -> Optional.of(NDJSON);
            default -> Optional.empty();
        };
    }
}
