package org.manara.streamjobs.serde;

/**
 * One record from the posts topic before parsing: the value bytes exactly as produced (empty for a
 * tombstone) and where the record came from, so a dead letter can point back at it.
 */
public record RawPost(byte[] value, String topic, int partition, long offset) {

    public RawPost {
        value = value == null ? new byte[0] : value;
    }

    /** A record with no Kafka origin (tests, HTTP ingest replays). */
    public static RawPost of(byte[] value) {
        return new RawPost(value, "", -1, -1L);
    }

    /** {@code topic/partition/offset}: the dead letter's {@code source}. */
    public String source() {
        return topic + "/" + partition + "/" + offset;
    }
}
