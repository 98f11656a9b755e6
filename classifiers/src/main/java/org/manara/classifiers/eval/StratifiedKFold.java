package org.manara.classifiers.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Assigns each example to one of k folds so every fold holds about the same share of each class.
 * Deterministic for a given seed: each class's indices are shuffled with its own seeded random and
 * dealt round-robin, continuing the deal across classes so fold sizes differ by at most one.
 */
public final class StratifiedKFold {

    private StratifiedKFold() {}

    /** The fold (0..k-1) of each example. */
    public static int[] assign(List<String> labels, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("k must be at least 2, was " + k);
        }
        Map<String, List<Integer>> byClass = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            byClass.computeIfAbsent(labels.get(i), l -> new ArrayList<>()).add(i);
        }
        int[] fold = new int[labels.size()];
        Random random = new Random(seed);
        int next = 0;
        for (List<Integer> members : byClass.values()) {
            shuffle(members, random);
            for (int idx : members) {
                fold[idx] = next;
                next = (next + 1) % k;
            }
        }
        return fold;
    }

    private static void shuffle(List<Integer> list, Random random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }
}
