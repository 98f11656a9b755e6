package org.manara.model;

import java.util.List;

/** The outcome of validating one raw record: a post when valid, otherwise every problem found. */
public record ValidationResult(Post post, List<Problem> problems) {

    public ValidationResult {
        problems = problems == null ? List.of() : List.copyOf(problems);
        if ((post == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("exactly one of post or problems must be given");
        }
    }

    public boolean valid() {
        return post != null;
    }

    public static ValidationResult ok(Post post) {
        return new ValidationResult(post, List.of());
    }

    public static ValidationResult invalid(List<Problem> problems) {
        return new ValidationResult(null, problems);
    }
}
