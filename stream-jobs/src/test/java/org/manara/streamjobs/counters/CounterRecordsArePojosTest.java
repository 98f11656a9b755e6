package org.manara.streamjobs.counters;

import static org.apache.flink.types.PojoTestUtils.assertSerializedAsPojoWithoutKryo;

import org.junit.jupiter.api.Test;

/** The records between and inside the counter operators are Flink POJOs, never Kryo. */
class CounterRecordsArePojosTest {

    @Test
    void messages() {
        assertSerializedAsPojoWithoutKryo(CounterRequest.class);
        assertSerializedAsPojoWithoutKryo(CounterResult.class);
        assertSerializedAsPojoWithoutKryo(DistinctValue.class);
        assertSerializedAsPojoWithoutKryo(PendingPost.class);
    }

    @Test
    void state() {
        assertSerializedAsPojoWithoutKryo(CounterWindow.class);
        assertSerializedAsPojoWithoutKryo(WindowUnion.class);
        assertSerializedAsPojoWithoutKryo(CounterJoin.class);
    }
}
