package org.manara.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * The account that wrote a post. Only {@code id} is required; the counts are absent when the
 * platform does not report them.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Author(String id, String handle, Instant createdAt, Long followers, Long following) {

    public static Author of(String id) {
        return new Author(id, null, null, null, null);
    }
}
