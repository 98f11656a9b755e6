package org.manara.classifiers.features;

/**
 * A feature vector as sorted, distinct indices and their values. The arrays are owned by the
 * vector; callers must not change them.
 */
public record SparseVector(int[] indices, float[] values) {
    public SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices and values differ in length");
        }
    }

    public int size() {
        return indices.length;
    }
}
