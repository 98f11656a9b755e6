package org.manara.streamjobs.options;

/** Where the job starts reading the input topic when it does not restore from a checkpoint. */
public enum StartingOffsets {
    /** The group's committed offsets, or the earliest offsets when the group has none. */
    COMMITTED,
    /** The beginning of every partition: replays everything the topic still holds. */
    EARLIEST,
    /** The end of every partition: only records produced after the job starts. */
    LATEST
}
