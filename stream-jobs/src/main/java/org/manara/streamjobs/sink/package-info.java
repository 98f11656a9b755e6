/**
 * The Elasticsearch sink: Flink's {@code AsyncSinkBase} with the elasticsearch-java client, bulk
 * requests, retries with exponential backoff, deterministic document ids in daily indices behind an
 * alias, and the index template installed when each writer starts.
 */
package org.manara.streamjobs.sink;
