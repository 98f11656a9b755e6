package org.manara.cli.ml;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.manara.classifiers.data.Dataset;
import org.manara.classifiers.data.DatasetException;
import org.manara.classifiers.data.SharedDatasets;
import org.manara.classifiers.features.SpamSignals;
import org.manara.classifiers.train.LinearModel;
import org.manara.classifiers.train.ModelIo;
import org.manara.classifiers.train.PolicyCorpora;
import org.manara.classifiers.train.Recipe;
import org.manara.classifiers.train.Recipes;
import org.manara.cli.UserException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code manara train}: fits a shipped model's recipe on its licensed data and writes the model
 * file. {@code spam} reads the sms_spam folder; {@code offensive} and {@code hate} read the shared
 * datasets folder (davidson2017, mlma_hate, ethos, jigsaw_toxic_sample).
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Train a model. spam: --dataset is the sms_spam folder. offensive, hate: --dataset is"
                    + " the shared datasets folder holding davidson2017, mlma_hate, ethos and"
                    + " jigsaw_toxic_sample (the licensed sources of the shipped weights)."
        })
public final class TrainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TASK", description = "spam, offensive or hate")
    String task;

    @Option(names = "--dataset", required = true, paramLabel = "PATH")
    Path dataset;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Tasks.check(task);
        Path folder = Tasks.existingDirectory(dataset, "dataset");
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserException("no such output folder: " + parent);
        }
        Dataset data;
        Recipe recipe;
        Map<String, String> info = new TreeMap<>();
        try {
            switch (task) {
                case "spam" -> {
                    if (!SharedDatasets.present(folder, "SMSSpamCollection")) {
                        throw new UserException(
                                folder + " is not the sms_spam folder (no SMSSpamCollection)");
                    }
                    data = SharedDatasets.smsSpam(folder);
                    recipe = Recipes.SPAM;
                    info.put("datasets", "sms_spam (CC BY 4.0, Almeida et al. 2011)");
                }
                default -> {
                    requirePolicySources(folder);
                    data =
                            task.equals("offensive")
                                    ? PolicyCorpora.offensive(folder)
                                    : PolicyCorpora.hate(folder);
                    Recipe base = task.equals("offensive") ? Recipes.OFFENSIVE : Recipes.HATE;
                    recipe = Recipes.weighted(base, PolicyCorpora.balanced(data));
                    List<String> sources = new ArrayList<>();
                    PolicyCorpora.SOURCES.forEach((k, v) -> sources.add(k + " (" + v + ")"));
                    sources.sort(null);
                    info.put("datasets", String.join(", ", sources));
                }
            }
        } catch (DatasetException e) {
            throw new UserException(e.getMessage(), e);
        }
        info.put("task", task);
        info.put("trained_by", "manara train " + task);
        LinearModel model;
        try (ConsoleProgress progress = new ConsoleProgress(System.err)) {
            model =
                    recipe.fit(
                            data,
                            recipe.features().signals().equals("spam")
                                    ? SpamSignals.standard(Tasks.analyzer())
                                    : null,
                            Tasks.analyzer(),
                            info,
                            progress);
        }
        ModelIo.write(model, out);
        PrintWriter w = spec.commandLine().getOut();
        w.printf(
                Locale.ROOT,
                "trained %s on %d examples %s -> %s (%d bytes)%n",
                task,
                data.size(),
                data.counts(),
                out,
                sizeOf(out));
        w.flush();
        return 0;
    }

    private static void requirePolicySources(Path folder) {
        for (String source : PolicyCorpora.SOURCES.keySet()) {
            if (!Files.isDirectory(folder.resolve(source))) {
                throw new UserException(
                        folder
                                + " has no "
                                + source
                                + " folder; --dataset must be the shared datasets folder");
            }
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
