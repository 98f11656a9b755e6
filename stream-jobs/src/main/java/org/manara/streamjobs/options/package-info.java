/**
 * The job's typed options ({@code ConfigOption}s with defaults and descriptions), read from {@code
 * --key value} arguments or a Flink {@code Configuration}.
 */
package org.manara.streamjobs.options;
