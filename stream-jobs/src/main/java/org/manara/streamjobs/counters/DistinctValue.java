package org.manara.streamjobs.counters;

/** A value a post contributes to a distinct count: {@code field} indexes the group's fields. */
public record DistinctValue(int field, String value) {}
