package org.manara.streamjobs.sink;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.flink.connector.base.sink.writer.AsyncSinkWriterStateSerializer;

/**
 * Writes buffered entries into the sink's checkpoint state. The format is versioned by Flink's
 * {@code SimpleVersionedSerializer}; change {@link #getVersion()} with the layout.
 */
public final class IndexRequestEntrySerializer
        extends AsyncSinkWriterStateSerializer<IndexRequestEntry> {

    @Override
    protected void serializeRequestToStream(IndexRequestEntry entry, DataOutputStream out)
            throws IOException {
        out.writeUTF(entry.index());
        out.writeUTF(entry.id());
        out.writeInt(entry.document().length);
        out.write(entry.document());
        out.writeLong(entry.eventTimeMillis());
    }

    @Override
    protected IndexRequestEntry deserializeRequestFromStream(long requestSize, DataInputStream in)
            throws IOException {
        String index = in.readUTF();
        String id = in.readUTF();
        byte[] document = new byte[in.readInt()];
        in.readFully(document);
        return new IndexRequestEntry(index, id, document, in.readLong());
    }

    @Override
    public int getVersion() {
        return 2;
    }
}
