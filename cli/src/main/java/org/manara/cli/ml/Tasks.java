package org.manara.cli.ml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.manara.classifiers.DefaultClassifiers;
import org.manara.classifiers.features.NormalizedView;
import org.manara.classifiers.features.TextView;
import org.manara.classifiers.policy.PolicyClassifier;
import org.manara.classifiers.spam.SpamClassifier;
import org.manara.classifiers.train.LinearModel;
import org.manara.classifiers.train.LinearTextModel;
import org.manara.classifiers.train.ModelIo;
import org.manara.cli.UserException;
import org.manara.model.Category;

/** The tasks {@code manara train} and {@code manara eval} know, and their shipped models. */
final class Tasks {
    static final List<String> NAMES = List.of("spam", "offensive", "hate");

    private Tasks() {}

    static String check(String task) {
        if (!NAMES.contains(task)) {
            throw new UserException("unknown task '" + task + "'; known tasks: " + NAMES);
        }
        return task;
    }

    static Function<String, TextView> analyzer() {
        return NormalizedView::of;
    }

    /** The model a task evaluates: the given file, or the shipped one. */
    static LinearTextModel model(String task, Path file) {
        LinearModel m;
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new UserException("no such model file: " + file);
            }
            try {
                m = ModelIo.read(file);
            } catch (RuntimeException e) {
                throw new UserException(file + ": not a Manara model (" + e.getMessage() + ")", e);
            }
        } else {
            m =
                    ModelIo.resource(
                            switch (task) {
                                case "spam" -> SpamClassifier.MODEL;
                                case "offensive" -> PolicyClassifier.OFFENSIVE_MODEL;
                                default -> PolicyClassifier.HATE_MODEL;
                            });
        }
        if (m.labels().size() != 2 && file == null) {
            throw new IllegalStateException("shipped models are binary");
        }
        return LinearTextModel.of(m, analyzer());
    }

    /** What {@code eval} scores with: a positive-class probability and the label pair. */
    record Scorer(ToDoubleFunction<String> positive, List<String> labels, String name) {}

    /**
     * The given model file alone, or what ships: the {@link DefaultClassifiers} score of the task's
     * category (trained model plus lexicons), with the shipped model's labels.
     */
    static Scorer scorer(String task, Path file) {
        LinearTextModel m = model(task, file);
        if (m.labels().size() != 2) {
            throw new UserException(
                    "model " + file + " has labels " + m.labels() + "; eval scores binary models");
        }
        if (file != null) {
            Function<String, TextView> analyzer = analyzer();
            return new Scorer(
                    t -> m.probabilities(analyzer.apply(t))[1], m.labels(), "model " + file);
        }
        DefaultClassifiers shipped = DefaultClassifiers.shared();
        Category category = Category.fromKey(task);
        return new Scorer(
                t -> shipped.score(t).score(category),
                m.labels(),
                "shipped " + task + " classifier (" + DefaultClassifiers.MODEL_VERSION + ")");
    }

    static Path existingDirectory(Path dir, String what) {
        if (!Files.isDirectory(dir)) {
            throw new UserException("no such " + what + " folder: " + dir);
        }
        return dir;
    }
}
