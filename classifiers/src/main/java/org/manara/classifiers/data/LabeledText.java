package org.manara.classifiers.data;

import java.util.Objects;

/** One labelled example: the text as published and its gold label. */
public record LabeledText(String text, String label) {
    public LabeledText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
    }
}
