package org.manara.classifiers.nlp;

/**
 * A named entity mention (English): its text, type (PERSON, LOCATION, ORGANIZATION, MISC) and span
 * {@code [start, end)} in the original post, for evidence and for trend detection.
 */
public record NlpEntity(String text, String type, int start, int end) {}
