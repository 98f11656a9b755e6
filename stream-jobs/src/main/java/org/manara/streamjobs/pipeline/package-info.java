/**
 * The moderation job: its graph ({@link org.manara.streamjobs.pipeline.ModerationPipeline}, with
 * sources and sinks passed in), the production wiring and {@code main} ({@link
 * org.manara.streamjobs.pipeline.ModerationJob}), the local MiniCluster entry for the demo ({@link
 * org.manara.streamjobs.pipeline.LocalPipeline}), and one operator function per file.
 */
package org.manara.streamjobs.pipeline;
