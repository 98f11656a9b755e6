/**
 * Counters from {@code counters.yaml} as Flink keyed state: each post fans out into one request per
 * (counter group, key value), a keyed function keeps time buckets with post counts and HLL sketches
 * per key, and a join keyed by the post's trace id gives the post the largest value over its keys.
 * Entry point: {@link org.manara.streamjobs.counters.Counters#attach}.
 */
package org.manara.streamjobs.counters;
