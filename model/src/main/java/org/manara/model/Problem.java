package org.manara.model;

/**
 * One thing wrong with an input record: the field (a JSON path such as {@code author.id}) and why.
 */
public record Problem(String field, String reason) {

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
