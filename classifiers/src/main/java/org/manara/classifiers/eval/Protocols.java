package org.manara.classifiers.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.manara.classifiers.data.Dataset;
import org.manara.classifiers.data.SharedDatasets;
import org.manara.classifiers.features.NormalizedView;
import org.manara.classifiers.features.SpamSignals;
import org.manara.classifiers.features.SparseVector;
import org.manara.classifiers.features.TextView;
import org.manara.classifiers.train.Featurization;
import org.manara.classifiers.train.Progress;
import org.manara.classifiers.train.Recipe;
import org.manara.classifiers.train.Recipes;

/**
 * The protocols of the known shared datasets. Every one trains inside the evaluation (per fold, or
 * on the official training split) with the recipes in {@link Recipes}; nothing here reads a shipped
 * model, so the numbers describe the method, also on sets whose licence forbids shipping weights
 * trained on them.
 */
public final class Protocols {
    static final long SEED = 42L;

    private Protocols() {}

    public static List<Protocol> all() {
        return List.of(smsSpam(), davidson(), olid(), osact(), lhsab());
    }

    /** The protocol for a task on a folder recognised by its name, if there is one. */
    public static Optional<Protocol> find(String task, Path folder) {
        String name = folder.toAbsolutePath().normalize().getFileName().toString();
        return all().stream()
                .filter(p -> p.task().equals(task) && p.dataset().equals(name))
                .findFirst();
    }

    private static Function<String, TextView> analyzer() {
        return NormalizedView::of;
    }

    /** sms_spam: stratified 5-fold CV, spam vs ham. */
    public static Protocol smsSpam() {
        return new CvProtocol(
                "spam",
                "sms_spam",
                "stratified 5-fold cross-validation (seed 42), spam vs ham; Almeida et al. used a"
                        + " 30/70 train/test split",
                baseline(
                        "source", "Almeida et al. 2011, linear SVM (tokenizer 1)",
                        "accuracy", 0.9764,
                        "mcc", 0.893,
                        "spam_recall", 0.831),
                SharedDatasets::smsSpam,
                Recipes.SPAM,
                5);
    }

    /** davidson2017: the paper's three classes, 5-fold CV over the whole set. */
    public static Protocol davidson() {
        return new CvProtocol(
                "offensive",
                "davidson2017",
                "stratified 5-fold cross-validation (seed 42) over all 24,783 tweets, three classes"
                        + " hate / offensive / neither, as Davidson et al. 2017",
                baseline(
                        "source", "Davidson et al. 2017, one-vs-rest L2 logistic regression",
                        "weighted_f1", 0.90,
                        "weighted_precision", 0.91,
                        "weighted_recall", 0.90,
                        "hate_precision", 0.44,
                        "hate_recall", 0.61,
                        "hate_f1", 0.51),
                SharedDatasets::davidson,
                Recipes.DAVIDSON,
                5);
    }

    /** olid2019 level A: train on the training file, test on the official test set. */
    public static Protocol olid() {
        return new HoldoutProtocol(
                "offensive",
                "olid2019",
                "level A (OFF vs NOT): train on olid-training-v1.0 (13,240), test on the official"
                        + " test set (860), macro-F1 as in OffensEval 2019",
                baseline(
                        "source", "Zampieri et al. 2019 (NAACL), level A test macro-F1",
                        "svm_macro_f1", 0.69,
                        "bilstm_macro_f1", 0.75,
                        "cnn_macro_f1", 0.80,
                        "offenseval_2019_best_macro_f1", 0.829),
                SharedDatasets::olidTrainA,
                SharedDatasets::olidTestA,
                Recipes.OLID);
    }

    /** ar_osact2020 subtask A: train on train, measure on dev (test labels are not public). */
    public static Protocol osact() {
        return new HoldoutProtocol(
                "offensive",
                "ar_osact2020",
                "subtask A (OFF vs NOT_OFF): train on the 7,000 training tweets, measure on the"
                        + " 1,000 dev tweets (the test labels were never released), macro-F1",
                baseline(
                        "source", "OSACT4 shared task 2020, subtask A",
                        "best_dev_macro_f1", 0.9015,
                        "best_test_macro_f1", 0.9051),
                dir -> SharedDatasets.osactA(dir, "train"),
                dir -> SharedDatasets.osactA(dir, "dev"),
                Recipes.OSACT);
    }

    /** ar_lhsab: the paper's binary task, normal vs abusive, 5-fold CV. */
    public static Protocol lhsab() {
        return new CvProtocol(
                "offensive",
                "ar_lhsab",
                "binary normal vs abusive (the 468 hate tweets are left out, as the paper's"
                        + " two-class task has only these classes), stratified 5-fold"
                        + " cross-validation (seed 42)",
                baseline(
                        "source",
                        "Mulki et al. 2019, Naive Bayes, binary task",
                        "f_measure",
                        0.896),
                dir -> LhsabBinary.read(dir),
                Recipes.LHSAB,
                5);
    }

    private static Map<String, Object> baseline(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static List<SparseVector> vectors(Recipe r, Dataset d, Progress progress) {
        Function<String, TextView> analyzer = analyzer();
        SpamSignals signals =
                r.features().signals().equals("spam") ? SpamSignals.standard(analyzer) : null;
        return Featurization.vectors(d.texts(), r.features(), signals, analyzer, progress);
    }

    /** Cross-validation over one file. */
    private record CvProtocol(
            String task,
            String dataset,
            String description,
            Map<String, Object> baseline,
            Function<Path, Dataset> reader,
            Recipe recipe,
            int folds)
            implements Protocol {
        @Override
        public EvaluationReport run(Path folder, Progress progress) {
            Dataset d = reader.apply(folder);
            List<SparseVector> xs = vectors(recipe, d, progress);
            ConfusionMatrix m =
                    CrossValidation.run(
                            xs,
                            d.labels(),
                            recipe.labels(),
                            folds,
                            SEED,
                            (x, y) -> recipe.fit(x, y, Map.of()),
                            progress);
            return new EvaluationReport(
                    task, dataset, description, m.total(), m.metrics(), baseline);
        }
    }

    /** Train on one split, test on another. */
    private record HoldoutProtocol(
            String task,
            String dataset,
            String description,
            Map<String, Object> baseline,
            Function<Path, Dataset> train,
            Function<Path, Dataset> test,
            Recipe recipe)
            implements Protocol {
        @Override
        public EvaluationReport run(Path folder, Progress progress) {
            Dataset tr = train.apply(folder);
            Dataset te = test.apply(folder);
            List<SparseVector> trX = vectors(recipe, tr, progress);
            List<SparseVector> teX = vectors(recipe, te, progress);
            progress.start("train and test", 1);
            ConfusionMatrix m =
                    CrossValidation.holdout(
                            trX,
                            tr.labels(),
                            teX,
                            te.labels(),
                            recipe.labels(),
                            (x, y) -> recipe.fit(x, y, Map.of()));
            progress.advance(1);
            return new EvaluationReport(
                    task, dataset, description, m.total(), m.metrics(), baseline);
        }
    }
}
