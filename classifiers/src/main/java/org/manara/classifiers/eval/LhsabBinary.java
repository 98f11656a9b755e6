package org.manara.classifiers.eval;

import java.nio.file.Path;
import org.manara.classifiers.data.Dataset;
import org.manara.classifiers.data.SharedDatasets;

/** L-HSAB's two-class view: normal and abusive tweets, hate tweets left out. */
final class LhsabBinary {
    private LhsabBinary() {}

    static Dataset read(Path dir) {
        Dataset all = SharedDatasets.lhsab(dir);
        return new Dataset(
                "ar_lhsab-binary",
                all.rows().stream().filter(r -> !r.label().equals("hate")).toList());
    }
}
