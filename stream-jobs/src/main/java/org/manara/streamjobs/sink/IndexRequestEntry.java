package org.manara.streamjobs.sink;

import java.io.Serializable;

/**
 * One document waiting to be indexed: the target index, the deterministic document id and the JSON
 * source. This is what the sink buffers and checkpoints, so it stays small and plain.
 */
public record IndexRequestEntry(String index, String id, byte[] document, long eventTimeMillis)
        implements Serializable {

    /** An entry with no event time (no latency is measured for it). */
    public IndexRequestEntry(String index, String id, byte[] document) {
        this(index, id, document, -1L);
    }

    /** Bytes this entry adds to a bulk body: the source plus the action line. */
    public long sizeInBytes() {
        return document.length + index.length() + id.length() + 40L;
    }
}
