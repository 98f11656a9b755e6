package org.manara.classifiers.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.manara.classifiers.train.Progress;

class OlidProtocolIT {

    @Test
    void meetsItsTargets() {
        EvaluationReport r = Protocols.olid().run(DatasetsDir.require("olid2019"), Progress.NONE);
        Metrics m = r.metrics();
        System.out.println(r.dataset() + " " + m);
        assertThat(r.n()).isEqualTo(860);
        // Issue 3 target: macro-F1 >= 0.75 (the paper's BiLSTM). The recipe, naive-Bayes-scaled
        // n-grams chosen by CV on the training file, measures 0.767 (docs/evaluation.md).
        assertThat(m.macroF1()).isGreaterThanOrEqualTo(0.75);
    }
}
