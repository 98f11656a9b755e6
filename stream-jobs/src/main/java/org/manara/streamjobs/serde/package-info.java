/** Kafka (de)serialisation at the job's edges: raw post records in, dead letters out. */
package org.manara.streamjobs.serde;
