package org.manara.classifiers.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.manara.classifiers.data.DelimitedFile;

/**
 * Real post texts from the shared datasets for tests and benchmarks of the text stages. The
 * datasets live outside the repository (system property {@code manara.datasets}, else {@code
 * ../shared/datasets}); callers skip when {@link #datasets()} is empty.
 */
public final class TestCorpus {

    private TestCorpus() {}

    /** The shared datasets folder, if present. */
    public static Optional<Path> datasets() {
        for (String candidate :
                new String[] {
                    System.getProperty("manara.datasets"),
                    "../shared/datasets",
                    "../../shared/datasets"
                }) {
            if (candidate != null && Files.isDirectory(Path.of(candidate, "mlma_hate"))) {
                return Optional.of(Path.of(candidate));
            }
        }
        return Optional.empty();
    }

    public static String missingMessage() {
        return "shared datasets not found (set -Dmanara.datasets=PATH to ../shared/datasets)";
    }

    /** mlma_hate tweets of one language: "en", "ar" or "fr" (column {@code tweet}). */
    public static List<String> mlma(Path datasets, String language) {
        return column(datasets.resolve("mlma_hate").resolve(language + "_dataset.csv"), "tweet");
    }

    /** davidson2017 tweets (column {@code tweet}), 24,783 English tweets. */
    public static List<String> davidson(Path datasets) {
        return column(datasets.resolve("davidson2017").resolve("labeled_data.csv"), "tweet");
    }

    /** airline_tweets_stream texts (column {@code text}), 14,640 English tweets. */
    public static List<String> airline(Path datasets) {
        return column(
                datasets.resolve("airline_tweets_stream").resolve("Tweets_repaired.csv"), "text");
    }

    private static List<String> column(Path file, String name) {
        List<DelimitedFile.Row> rows = DelimitedFile.read(file, ',', true);
        String[] header = rows.get(0).fields();
        int col = -1;
        for (int i = 0; i < header.length; i++) {
            if (header[i].trim().equals(name)) {
                col = i;
            }
        }
        if (col < 0) {
            throw new IllegalStateException(file + ": no column " + name);
        }
        List<String> out = new ArrayList<>(rows.size());
        for (DelimitedFile.Row row : rows.subList(1, rows.size())) {
            if (row.fields().length > col && !row.fields()[col].isBlank()) {
                out.add(row.fields()[col]);
            }
        }
        return out;
    }
}
