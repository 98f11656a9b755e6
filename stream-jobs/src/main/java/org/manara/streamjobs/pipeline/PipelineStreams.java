package org.manara.streamjobs.pipeline;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.manara.model.DeadLetter;
import org.manara.model.ScoredPost;

/**
 * The streams a built pipeline exposes, so callers can attach further outputs (verdicts and events
 * topics, test collectors) without rebuilding the graph.
 */
public record PipelineStreams(DataStream<ScoredPost> scored, DataStream<DeadLetter> deadLetters) {}
