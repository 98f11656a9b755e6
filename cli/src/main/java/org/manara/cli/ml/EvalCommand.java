package org.manara.cli.ml;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.manara.classifiers.data.CsvDataset;
import org.manara.classifiers.data.Dataset;
import org.manara.classifiers.data.DatasetException;
import org.manara.classifiers.eval.EvaluationReport;
import org.manara.classifiers.eval.ModelEvaluation;
import org.manara.classifiers.eval.Protocol;
import org.manara.classifiers.eval.Protocols;
import org.manara.classifiers.eval.TestSets;
import org.manara.cli.UserException;
import org.manara.model.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code manara eval}: a known shared dataset with its paper's protocol (training inside the
 * evaluation), or any labelled file scored by the shipped (or a given) model.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluate a task. With --dataset on a known shared dataset folder (sms_spam,"
                    + " davidson2017, olid2019, ar_osact2020, ar_lhsab) runs the paper's protocol;"
                    + " with --model, or with --csv, scores the rows with a trained model as an"
                    + " independent test set."
        })
public final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TASK", description = "spam, offensive or hate")
    String task;

    @Option(names = "--dataset", paramLabel = "PATH", description = "a shared dataset folder")
    Path dataset;

    @Option(names = "--model", paramLabel = "FILE", description = "a model from manara train")
    Path model;

    @Option(names = "--json", description = "print one JSON object instead of a table")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "a labelled delimited file")
    Path csv;

    @Option(names = "--text-col", paramLabel = "C", description = "text column (name or 1-based)")
    String textCol;

    @Option(names = "--label-col", paramLabel = "L", description = "label column (name or 1-based)")
    String labelCol;

    @Option(
            names = "--positive",
            paramLabel = "V",
            description = "the label value meaning the task's positive class; others are negative")
    String positive;

    @Option(
            names = "--delimiter",
            paramLabel = "D",
            defaultValue = ",",
            description = "field delimiter of --csv (one character, or 'tab'); default ','")
    String delimiter;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Tasks.check(task);
        if ((dataset == null) == (csv == null)) {
            throw new UserException("give exactly one of --dataset PATH or --csv FILE");
        }
        EvaluationReport report;
        try (ConsoleProgress progress = new ConsoleProgress(System.err)) {
            report = csv != null ? csv(progress) : dataset(progress);
        } catch (DatasetException e) {
            throw new UserException(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try {
                out.println(Json.mapper().writeValueAsString(report));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            ReportPrinter.print(report, out);
        }
        out.flush();
        return 0;
    }

    private EvaluationReport dataset(ConsoleProgress progress) {
        Path folder = Tasks.existingDirectory(dataset, "dataset");
        if (model == null) {
            Optional<Protocol> protocol = Protocols.find(task, folder);
            if (protocol.isPresent()) {
                return protocol.get().run(folder, progress);
            }
        }
        Tasks.Scorer scorer = Tasks.scorer(task, model);
        Dataset test =
                TestSets.binary(task, folder, scorer.labels().get(0), scorer.labels().get(1))
                        .orElseThrow(
                                () ->
                                        new UserException(
                                                "no known protocol or test set for task '"
                                                        + task
                                                        + "' in folder '"
                                                        + folder.getFileName()
                                                        + "'; use --csv FILE --text-col C"
                                                        + " --label-col L"));
        return ModelEvaluation.evaluate(
                scorer.positive(),
                scorer.labels(),
                test,
                task,
                scorer.name() + " scored on " + test.name() + " as an independent test set",
                Map.of(),
                progress);
    }

    private EvaluationReport csv(ConsoleProgress progress) {
        if (textCol == null || labelCol == null) {
            throw new UserException("--csv needs --text-col C and --label-col L");
        }
        if (!Files.isRegularFile(csv)) {
            throw new UserException("no such file: " + csv);
        }
        Dataset data = CsvDataset.read(csv, textCol, labelCol, delimiterChar());
        Tasks.Scorer scorer = Tasks.scorer(task, model);
        if (positive != null) {
            String neg = scorer.labels().get(0);
            String pos = scorer.labels().get(1);
            data = data.relabel(data.name(), l -> l.equals(positive) ? pos : neg);
        } else if (!scorer.labels().containsAll(data.counts().keySet())) {
            throw new UserException(
                    "labels "
                            + data.counts().keySet()
                            + " in "
                            + csv
                            + " are not the model's "
                            + scorer.labels()
                            + "; pass --positive V to name the positive label");
        }
        return ModelEvaluation.evaluate(
                scorer.positive(),
                scorer.labels(),
                data,
                task,
                scorer.name() + " scored on " + csv.getFileName() + " as an independent test set",
                Map.of(),
                progress);
    }

    private char delimiterChar() {
        if (delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t")) {
            return '\t';
        }
        if (delimiter.length() != 1) {
            throw new UserException(
                    "--delimiter must be one character or 'tab', was '" + delimiter + "'");
        }
        return delimiter.charAt(0);
    }
}
