package org.manara.classifiers.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Readers for the shared labelled datasets (one method per folder, following each folder's
 * PROVENANCE.md). Every reader is strict: a row without the expected fields or with an unknown
 * label fails with the file and line, because a silently skipped row changes published metrics.
 */
public final class SharedDatasets {

    private SharedDatasets() {}

    /** sms_spam: {@code label<TAB>text}, labels ham / spam. */
    public static Dataset smsSpam(Path dir) {
        Path file = dir.resolve("SMSSpamCollection");
        List<LabeledText> out = new ArrayList<>();
        for (DelimitedFile.Row row : DelimitedFile.read(file, '\t', false)) {
            String[] f = row.fields();
            requireFields(file, row, 2);
            out.add(new LabeledText(f[1], requireLabel(file, row, f[0], "ham", "spam")));
        }
        return new Dataset("sms_spam", out);
    }

    /**
     * davidson2017: CSV; {@code class} 0 hate, 1 offensive, 2 neither. Tweets are stored
     * HTML-escaped as the Twitter API returned them and are decoded here.
     */
    public static Dataset davidson(Path dir) {
        Path file = dir.resolve("labeled_data.csv");
        List<LabeledText> out = new ArrayList<>();
        List<DelimitedFile.Row> rows = DelimitedFile.read(file, ',', true);
        requireHeader(file, rows, "class", 5);
        for (DelimitedFile.Row row : rows.subList(1, rows.size())) {
            requireFields(file, row, 7);
            String label =
                    switch (row.fields()[5].trim()) {
                        case "0" -> "hate";
                        case "1" -> "offensive";
                        case "2" -> "neither";
                        default -> throw badLabel(file, row, row.fields()[5]);
                    };
            out.add(new LabeledText(HtmlEntities.decode(row.fields()[6]), label));
        }
        return new Dataset("davidson2017", out);
    }

    /** olid2019 training file, level A labels (OFF / NOT). */
    public static Dataset olidTrainA(Path dir) {
        Path file = dir.resolve("olid-training-v1.0.tsv");
        List<DelimitedFile.Row> rows = DelimitedFile.read(file, '\t', false);
        requireHeader(file, rows, "subtask_a", 2);
        List<LabeledText> out = new ArrayList<>();
        for (DelimitedFile.Row row : rows.subList(1, rows.size())) {
            requireFields(file, row, 3);
            out.add(
                    new LabeledText(
                            row.fields()[1],
                            requireLabel(file, row, row.fields()[2], "OFF", "NOT")));
        }
        return new Dataset("olid2019-train", out);
    }

    /** olid2019 official level A test set: texts joined with their labels by id. */
    public static Dataset olidTestA(Path dir) {
        Path labelsFile = dir.resolve("labels-levela.csv");
        Map<String, String> labels = new HashMap<>();
        for (DelimitedFile.Row row : DelimitedFile.read(labelsFile, ',', false)) {
            requireFields(labelsFile, row, 2);
            labels.put(
                    row.fields()[0].trim(),
                    requireLabel(labelsFile, row, row.fields()[1].trim(), "OFF", "NOT"));
        }
        Path file = dir.resolve("testset-levela.tsv");
        List<DelimitedFile.Row> rows = DelimitedFile.read(file, '\t', false);
        requireHeader(file, rows, "tweet", 1);
        List<LabeledText> out = new ArrayList<>();
        for (DelimitedFile.Row row : rows.subList(1, rows.size())) {
            requireFields(file, row, 2);
            String label = labels.get(row.fields()[0].trim());
            if (label == null) {
                throw new DatasetException(
                        file + ":" + row.line() + ": id " + row.fields()[0] + " has no label");
            }
            out.add(new LabeledText(row.fields()[1], label));
        }
        return new Dataset("olid2019-test", out);
    }

    /** ar_osact2020 split ("train" or "dev"), subtask A labels (OFF / NOT_OFF). */
    public static Dataset osactA(Path dir, String split) {
        return osact(dir, split, 1, "OFF", "NOT_OFF");
    }

    /** ar_osact2020 split ("train" or "dev"), subtask B labels (HS / NOT_HS). */
    public static Dataset osactB(Path dir, String split) {
        return osact(dir, split, 2, "HS", "NOT_HS");
    }

    private static Dataset osact(Path dir, String split, int column, String... allowed) {
        Path file = dir.resolve("OSACT2020-sharedTask-" + split + ".txt");
        List<LabeledText> out = new ArrayList<>();
        for (DelimitedFile.Row row : DelimitedFile.read(file, '\t', false)) {
            requireFields(file, row, 3);
            String text = row.fields()[0].replace("<LF>", "\n");
            out.add(new LabeledText(text, requireLabel(file, row, row.fields()[column], allowed)));
        }
        return new Dataset("ar_osact2020-" + split, out);
    }

    /** ar_lhsab: TSV with quoting (three tweets span lines); normal / abusive / hate. */
    public static Dataset lhsab(Path dir) {
        Path file = dir.resolve("L-HSAB.tsv");
        List<DelimitedFile.Row> rows = DelimitedFile.read(file, '\t', true);
        requireHeader(file, rows, "Class", 1);
        List<LabeledText> out = new ArrayList<>();
        for (DelimitedFile.Row row : rows.subList(1, rows.size())) {
            requireFields(file, row, 2);
            out.add(
                    new LabeledText(
                            row.fields()[0],
                            requireLabel(
                                    file,
                                    row,
                                    row.fields()[1].trim(),
                                    "normal",
                                    "abusive",
                                    "hate")));
        }
        return new Dataset("ar_lhsab", out);
    }

    /**
     * mlma_hate for one language (ar, en, fr). The label is the raw {@code sentiment} field, a
     * '_'-joined multi-label such as {@code abusive_hateful}; {@code normal} alone is non-toxic.
     */
    public static Dataset mlma(Path dir, String lang) {
        Path file = dir.resolve(lang + "_dataset.csv");
        List<DelimitedFile.Row> rows = DelimitedFile.read(file, ',', true);
        requireHeader(file, rows, "sentiment", 2);
        List<LabeledText> out = new ArrayList<>();
        for (DelimitedFile.Row row : rows.subList(1, rows.size())) {
            requireFields(file, row, 3);
            String label = row.fields()[2].trim().toLowerCase(Locale.ROOT);
            if (label.isEmpty()) {
                throw badLabel(file, row, label);
            }
            out.add(new LabeledText(row.fields()[1], label));
        }
        return new Dataset("mlma_hate-" + lang, out);
    }

    /** ethos binary: {@code comment;isHate}, isHate a fraction of annotators; hate when >= 0.5. */
    public static Dataset ethos(Path dir) {
        Path file = dir.resolve("Ethos_Dataset_Binary.csv");
        List<DelimitedFile.Row> rows = DelimitedFile.read(file, ';', true);
        requireHeader(file, rows, "isHate", 1);
        List<LabeledText> out = new ArrayList<>();
        for (DelimitedFile.Row row : rows.subList(1, rows.size())) {
            requireFields(file, row, 2);
            double fraction;
            try {
                fraction = Double.parseDouble(row.fields()[1].trim());
            } catch (NumberFormatException e) {
                throw badLabel(file, row, row.fields()[1]);
            }
            out.add(new LabeledText(row.fields()[0], fraction >= 0.5 ? "hate" : "not_hate"));
        }
        return new Dataset("ethos", out);
    }

    /** jigsaw_toxic_sample: the {@code toxic} column as toxic / clean. */
    public static Dataset jigsaw(Path dir) {
        Path file = dir.resolve("test_examples.csv");
        List<DelimitedFile.Row> rows = DelimitedFile.read(file, ',', true);
        requireHeader(file, rows, "toxic", 1);
        List<LabeledText> out = new ArrayList<>();
        for (DelimitedFile.Row row : rows.subList(1, rows.size())) {
            requireFields(file, row, 7);
            String label = requireLabel(file, row, row.fields()[1].trim(), "0", "1");
            out.add(new LabeledText(row.fields()[0], label.equals("1") ? "toxic" : "clean"));
        }
        return new Dataset("jigsaw_toxic_sample", out);
    }

    /** True when the folder exists with the given file, for tests that skip without data. */
    public static boolean present(Path dir, String file) {
        return Files.isRegularFile(dir.resolve(file));
    }

    private static void requireHeader(
            Path file, List<DelimitedFile.Row> rows, String column, int index) {
        if (rows.isEmpty()) {
            throw new DatasetException(file + ": empty file");
        }
        String[] header = rows.get(0).fields();
        if (header.length <= index || !header[index].trim().equals(column)) {
            throw new DatasetException(
                    file + ":1: expected column '" + column + "' at position " + (index + 1));
        }
    }

    private static void requireFields(Path file, DelimitedFile.Row row, int n) {
        if (row.fields().length < n) {
            throw new DatasetException(
                    file
                            + ":"
                            + row.line()
                            + ": expected "
                            + n
                            + " fields, found "
                            + row.fields().length);
        }
    }

    private static String requireLabel(
            Path file, DelimitedFile.Row row, String label, String... allowed) {
        for (String a : allowed) {
            if (a.equals(label)) {
                return a;
            }
        }
        throw badLabel(file, row, label);
    }

    private static DatasetException badLabel(Path file, DelimitedFile.Row row, String label) {
        return new DatasetException(file + ":" + row.line() + ": unknown label '" + label + "'");
    }
}
