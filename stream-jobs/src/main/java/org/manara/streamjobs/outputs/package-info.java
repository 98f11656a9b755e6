/**
 * The job's Kafka outputs besides dead letters: one verdict per scored post on {@code verdicts} and
 * one {@link org.manara.model.ModerationEvent} per post that needs attention on {@code events},
 * both keyed by post id so a post's records stay on one partition in order. Records are built only
 * from the scored post, so a replay from a checkpoint re-creates the same records; the sinks write
 * them in Kafka transactions committed on checkpoints.
 */
package org.manara.streamjobs.outputs;
