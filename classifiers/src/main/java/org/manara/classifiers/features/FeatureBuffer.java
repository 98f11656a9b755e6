package org.manara.classifiers.features;

import java.util.Arrays;

/**
 * Scratch space for featurising one text: a small open-addressing map from feature index to value
 * (cleared in O(1) by a generation stamp) plus the list of occurrences with their spans, kept so
 * evidence can be traced back to text. One buffer per thread, reused for every call, so scoring
 * allocates almost nothing.
 */
public final class FeatureBuffer {
    /** Feature groups: each text group is L2-normalised on its own. */
    public static final byte WORD = 0;

    public static final byte CHAR = 1;
    public static final byte SIGNAL = 2;

    private int[] keys = new int[1024];
    private float[] values = new float[1024];
    private byte[] groups = new byte[1024];
    private int[] stamps = new int[1024];
    private int[] counts = new int[1024];
    private int stamp = 1;
    private int[] used = new int[512];
    private int nUsed;

    // Occurrences: slot, kind (group), span (normalised offsets; original ones for signals), tag.
    private int[] occSlot = new int[1024];
    private byte[] occKind = new byte[1024];
    private int[] occStart = new int[1024];
    private int[] occEnd = new int[1024];
    private int[] occTag = new int[1024];
    private int nOcc;

    public void clear() {
        stamp++;
        if (stamp == Integer.MAX_VALUE) {
            Arrays.fill(stamps, 0);
            stamp = 1;
        }
        nUsed = 0;
        nOcc = 0;
    }

    /** Adds {@code value} to feature {@code index} and records where it occurred. */
    public void add(int index, float value, byte group, int start, int end, int tag) {
        int slot = slot(index, group);
        values[slot] += value;
        counts[slot]++;
        if (nOcc == occSlot.length) {
            int n = nOcc * 2;
            occSlot = Arrays.copyOf(occSlot, n);
            occKind = Arrays.copyOf(occKind, n);
            occStart = Arrays.copyOf(occStart, n);
            occEnd = Arrays.copyOf(occEnd, n);
            occTag = Arrays.copyOf(occTag, n);
        }
        occSlot[nOcc] = slot;
        occKind[nOcc] = group;
        occStart[nOcc] = start;
        occEnd[nOcc] = end;
        occTag[nOcc] = tag;
        nOcc++;
    }

    /** Sets a feature's value outright (engineered signals are values, not counts). */
    public void set(int index, float value, byte group, int start, int end, int tag) {
        int slot = slot(index, group);
        values[slot] = value;
        add(index, 0f, group, start, end, tag);
    }

    private int slot(int index, byte group) {
        if (nUsed * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int h = (index * 0x9E3779B1) >>> 7;
        int slot = h & mask;
        while (stamps[slot] == stamp) {
            if (keys[slot] == index) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        stamps[slot] = stamp;
        keys[slot] = index;
        values[slot] = 0f;
        counts[slot] = 0;
        groups[slot] = group;
        if (nUsed == used.length) {
            used = Arrays.copyOf(used, nUsed * 2);
        }
        used[nUsed++] = slot;
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        float[] oldValues = values;
        int[] oldCounts = counts;
        byte[] oldGroups = groups;
        int[] oldUsed = Arrays.copyOf(used, nUsed);
        int n = keys.length * 2;
        keys = new int[n];
        values = new float[n];
        counts = new int[n];
        groups = new byte[n];
        stamps = new int[n];
        stamp = 1;
        int[] remap = new int[oldKeys.length];
        int count = nUsed;
        nUsed = 0;
        for (int i = 0; i < count; i++) {
            int s = oldUsed[i];
            int ns = slot(oldKeys[s], oldGroups[s]);
            values[ns] = oldValues[s];
            counts[ns] = oldCounts[s];
            remap[s] = ns;
        }
        for (int i = 0; i < nOcc; i++) {
            occSlot[i] = remap[occSlot[i]];
        }
    }

    /**
     * Turns counts into final values: sublinear term frequency ({@code 1 + ln tf}) and unit L2 norm
     * within the word and the character group, so long texts do not dominate.
     */
    public void finish() {
        double[] norms = new double[3];
        for (int i = 0; i < nUsed; i++) {
            int s = used[i];
            if (groups[s] != SIGNAL) {
                float v = values[s];
                values[s] = v > 0 ? (float) (1.0 + Math.log(v)) : 0f;
                norms[groups[s]] += values[s] * values[s];
            }
        }
        for (int g = 0; g < 2; g++) {
            norms[g] = norms[g] > 0 ? 1.0 / Math.sqrt(norms[g]) : 0;
        }
        for (int i = 0; i < nUsed; i++) {
            int s = used[i];
            if (groups[s] != SIGNAL) {
                values[s] = (float) (values[s] * norms[groups[s]]);
            }
        }
    }

    /** The margin {@code bias + w . x} over the finished values. */
    public double dot(float[] weights, float bias) {
        return dot(weights, bias, true);
    }

    /**
     * The margin, optionally over the word and character groups only: a model trained without
     * engineered signals can score a buffer featurised with them (the spam and policy models share
     * one featurisation that way).
     */
    public double dot(float[] weights, float bias, boolean withSignals) {
        double sum = bias;
        for (int i = 0; i < nUsed; i++) {
            int s = used[i];
            if (withSignals || groups[s] != SIGNAL) {
                sum += weights[keys[s]] * values[s];
            }
        }
        return sum;
    }

    /** A sorted copy of the finished features, for training. */
    public SparseVector toVector() {
        int[] idx = new int[nUsed];
        for (int i = 0; i < nUsed; i++) {
            idx[i] = keys[used[i]];
        }
        Arrays.sort(idx);
        float[] val = new float[nUsed];
        int n = 0;
        for (int i = 0; i < idx.length; i++) {
            float v = valueOf(idx[i]);
            if (v != 0f) {
                idx[n] = idx[i];
                val[n] = v;
                n++;
            }
        }
        return new SparseVector(Arrays.copyOf(idx, n), Arrays.copyOf(val, n));
    }

    private float valueOf(int index) {
        int mask = keys.length - 1;
        int slot = ((index * 0x9E3779B1) >>> 7) & mask;
        while (stamps[slot] == stamp) {
            if (keys[slot] == index) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0f;
    }

    int occurrences() {
        return nOcc;
    }

    int occurrenceKind(int i) {
        return occKind[i];
    }

    int occurrenceStart(int i) {
        return occStart[i];
    }

    int occurrenceEnd(int i) {
        return occEnd[i];
    }

    int occurrenceTag(int i) {
        return occTag[i];
    }

    /** The contribution {@code w[index] * value} of the feature behind occurrence i. */
    float occurrenceContribution(int i, float[] weights) {
        int s = occSlot[i];
        return weights[keys[s]] * values[s];
    }

    /** How many occurrences share the feature of occurrence i (to split its contribution). */
    int occurrencesLike(int i) {
        return counts[occSlot[i]];
    }
}
