package org.manara.classifiers.eval;

import java.nio.file.Path;
import java.util.Map;
import org.manara.classifiers.train.Progress;

/**
 * One published evaluation protocol: a task on a known shared dataset, measured the way the
 * dataset's paper did (same split or cross-validation, same labels), next to its baseline.
 */
public interface Protocol {

    /** The task name on the command line (spam, offensive). */
    String task();

    /** The shared dataset folder name this protocol reads. */
    String dataset();

    /** One line saying how the numbers are obtained. */
    String description();

    /** The published figures to compare against. */
    Map<String, Object> baseline();

    /** Runs the protocol on the dataset folder; training happens inside. */
    EvaluationReport run(Path folder, Progress progress);
}
