package org.manara.classifiers.eval;

import java.nio.file.Path;
import java.util.Optional;
import org.manara.classifiers.data.Dataset;
import org.manara.classifiers.data.SharedDatasets;

/**
 * How each known shared dataset serves as an independent test set for a shipped binary model: which
 * split, and which of its labels is the model's positive class. Used by {@code manara eval --model}
 * and for cross-dataset checks of the shipped weights.
 */
public final class TestSets {
    private TestSets() {}

    /**
     * The dataset's test rows with labels mapped to {@code negative} / {@code positive}, if the
     * folder is known for the task.
     */
    public static Optional<Dataset> binary(
            String task, Path folder, String negative, String positive) {
        String name = folder.toAbsolutePath().normalize().getFileName().toString();
        Dataset d =
                switch (task + "/" + name) {
                    case "spam/sms_spam" ->
                            SharedDatasets.smsSpam(folder)
                                    .relabel(name, l -> l.equals("spam") ? positive : negative);
                    case "offensive/davidson2017" ->
                            SharedDatasets.davidson(folder)
                                    .relabel(name, l -> l.equals("neither") ? negative : positive);
                    case "offensive/olid2019" ->
                            SharedDatasets.olidTestA(folder)
                                    .relabel(
                                            name + "-test",
                                            l -> l.equals("OFF") ? positive : negative);
                    case "offensive/ar_osact2020" ->
                            SharedDatasets.osactA(folder, "dev")
                                    .relabel(
                                            name + "-dev",
                                            l -> l.equals("OFF") ? positive : negative);
                    case "offensive/ar_lhsab" ->
                            SharedDatasets.lhsab(folder)
                                    .relabel(name, l -> l.equals("normal") ? negative : positive);
                    case "hate/davidson2017" ->
                            SharedDatasets.davidson(folder)
                                    .relabel(name, l -> l.equals("hate") ? positive : negative);
                    case "hate/ethos" ->
                            SharedDatasets.ethos(folder)
                                    .relabel(name, l -> l.equals("hate") ? positive : negative);
                    case "hate/ar_osact2020" ->
                            SharedDatasets.osactB(folder, "dev")
                                    .relabel(
                                            name + "-dev",
                                            l -> l.equals("HS") ? positive : negative);
                    case "hate/ar_lhsab" ->
                            SharedDatasets.lhsab(folder)
                                    .relabel(name, l -> l.equals("hate") ? positive : negative);
                    default -> null;
                };
        return Optional.ofNullable(d);
    }
}
