package org.manara.streamjobs.counters;

/**
 * The values of a group's counters for one post under one of its keys, in the order of the group's
 * {@code counters}; the join keeps the largest over the post's keys.
 */
public record CounterResult(String traceId, int group, long[] values) {}
