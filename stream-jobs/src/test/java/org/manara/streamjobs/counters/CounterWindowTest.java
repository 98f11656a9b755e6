package org.manara.streamjobs.counters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.memory.Memory;
import org.junit.jupiter.api.Test;

/**
 * How {@link CounterWindow} keeps its sketches: compact while small, updated in place once dense.
 */
class CounterWindowTest {
    private static final long BUCKET = 1_000;

    @Test
    void aDenseSketchTakesEachValueInPlaceAndEstimatesAsAHeapSketchWould() {
        HllSketch reference = new HllSketch(CounterWindow.LG_K, TgtHllType.HLL_4);
        CounterWindow window = CounterWindow.empty();
        byte[] previous = null;
        int inPlace = 0;
        for (int i = 0; i < 5_000; i++) {
            String author = "author-" + i;
            reference.update(author);
            window = window.plus(BUCKET, BUCKET, 1, List.of(new DistinctValue(0, author)));
            byte[] sketch = window.sketches().get(0);
            if (sketch == previous) {
                inPlace++;
                assertThat(CounterWindow.isDenseImage(sketch)).isTrue();
            }
            previous = sketch;
        }
        // list and set modes hold a few hundred values; every value after them lands in place
        assertThat(inPlace).isGreaterThan(4_000);
        assertThat(window.totals(BUCKET, BUCKET, 1)[1])
                .isEqualTo(Math.round(reference.getEstimate()));
        assertThat(window.totals(BUCKET, BUCKET, 1)[0]).isEqualTo(5_000);
    }

    @Test
    void aCompactDenseSketchFromAnOlderSavepointBecomesUpdatableAndKeepsCounting() {
        HllSketch reference = new HllSketch(CounterWindow.LG_K, TgtHllType.HLL_4);
        for (int i = 0; i < 3_000; i++) {
            reference.update("author-" + i);
        }
        byte[] compact = reference.toCompactByteArray();
        assertThat(CounterWindow.isDenseImage(compact)).isFalse();

        byte[] updated = CounterWindow.add(compact, 0, List.of(new DistinctValue(0, "author-new")));
        reference.update("author-new");

        assertThat(updated).isNotSameAs(compact);
        assertThat(CounterWindow.isDenseImage(updated)).isTrue();
        assertThat(HllSketch.wrap(Memory.wrap(updated)).getEstimate())
                .isEqualTo(reference.getEstimate());
        assertThat(CounterWindow.add(updated, 0, List.of(new DistinctValue(0, "again"))))
                .isSameAs(updated);
    }

    @Test
    void valuesOfAnotherFieldLeaveTheSketchAsItIs() {
        byte[] sketch = denseSketch("a", 3_000);
        byte[] before = sketch.clone();

        assertThat(CounterWindow.add(sketch, 1, List.of(new DistinctValue(0, "x"))))
                .isSameAs(sketch);
        assertThat(sketch).isEqualTo(before);
    }

    @Test
    void addingToAUnionLeavesTheBucketsItWasMadeFromAlone() {
        // one field sketched in one bucket, the other field in another: the union of the first
        // field is that one bucket's sketch, and must be a copy of it
        List<DistinctValue> first = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            first.add(new DistinctValue(0, "author-" + i));
        }
        CounterWindow window =
                CounterWindow.empty()
                        .plus(BUCKET, BUCKET, 2, first)
                        .plus(BUCKET + 1, BUCKET, 2, List.of(new DistinctValue(1, "other")));
        byte[] bucketSketch = window.sketches().get(0).clone();

        WindowUnion union = window.union(BUCKET, BUCKET + 1, 2);
        List<DistinctValue> newcomers = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            newcomers.add(new DistinctValue(0, "newcomer-" + i));
        }
        CounterWindow later = window.plus(BUCKET + 1, BUCKET, 2, newcomers);
        WindowUnion updated = later.plus(union, newcomers);

        assertThat(later.sketches().get(0)).isEqualTo(bucketSketch);
        assertThat(HllSketch.wrap(Memory.wrap(updated.sketches().get(0))).getEstimate())
                .isGreaterThan(HllSketch.wrap(Memory.wrap(bucketSketch)).getEstimate());
    }

    private static byte[] denseSketch(String prefix, int values) {
        HllSketch sketch = new HllSketch(CounterWindow.LG_K, TgtHllType.HLL_4);
        for (int i = 0; i < values; i++) {
            sketch.update(prefix + i);
        }
        return sketch.toUpdatableByteArray();
    }
}
