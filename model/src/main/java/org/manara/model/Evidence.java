package org.manara.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Why a score is what it is: a feature that fired, with the span of the original text it came from
 * ({@code start} inclusive, {@code end} exclusive, UTF-16 offsets into {@link Post#text()}) or
 * {@code -1}/{@code -1} for features that are not spans (a capitals ratio, say).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Evidence(String feature, String detail, int start, int end, double weight) {

    public static Evidence feature(String feature, String detail, double weight) {
        return new Evidence(feature, detail, -1, -1, weight);
    }

    public boolean isSpan() {
        return start >= 0 && end > start;
    }
}
