package org.manara.classifiers.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StratifiedKFoldTest {

    private static List<String> labels(int spam, int ham) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < ham; i++) {
            l.add("ham");
        }
        for (int i = 0; i < spam; i++) {
            l.add("spam");
        }
        return l;
    }

    @Test
    void everyFoldKeepsTheClassProportions() {
        List<String> y = labels(747, 4827);
        int[] fold = StratifiedKFold.assign(y, 5, 42);
        int[] spam = new int[5];
        int[] all = new int[5];
        for (int i = 0; i < y.size(); i++) {
            all[fold[i]]++;
            if (y.get(i).equals("spam")) {
                spam[fold[i]]++;
            }
        }
        for (int f = 0; f < 5; f++) {
            assertThat(spam[f]).isBetween(149, 150);
            assertThat(all[f]).isBetween(1114, 1115);
        }
    }

    @Test
    void isDeterministicForASeedAndDiffersAcrossSeeds() {
        List<String> y = labels(50, 200);
        assertThat(StratifiedKFold.assign(y, 5, 7)).isEqualTo(StratifiedKFold.assign(y, 5, 7));
        assertThat(StratifiedKFold.assign(y, 5, 7)).isNotEqualTo(StratifiedKFold.assign(y, 5, 8));
    }

    @Test
    void rareClassesAreSpreadOverFolds() {
        List<String> y = labels(3, 20);
        int[] fold = StratifiedKFold.assign(y, 3, 1);
        List<Integer> spamFolds = new ArrayList<>();
        for (int i = 0; i < y.size(); i++) {
            if (y.get(i).equals("spam")) {
                spamFolds.add(fold[i]);
            }
        }
        assertThat(spamFolds).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void rejectsFewerThanTwoFolds() {
        assertThatThrownBy(() -> StratifiedKFold.assign(List.of("a"), 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
