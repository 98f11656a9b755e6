package org.manara.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every category score a post received, keyed by {@link Category#key()}, and the version of the
 * models that produced them.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Scores(Map<String, CategoryScore> categories, String modelVersion) {

    public Scores {
        categories = categories == null ? Map.of() : Map.copyOf(new TreeMap<>(categories));
    }

    /** The score for a category, 0 when it was not scored. */
    public double score(Category category) {
        CategoryScore s = categories.get(category.key());
        return s == null ? 0.0 : s.score();
    }

    /** The highest score over all categories. */
    public double max() {
        return categories.values().stream().mapToDouble(CategoryScore::score).max().orElse(0.0);
    }
}
