package org.manara.classifiers.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Any labelled delimited file with a header row: the user names the text and label columns (by
 * header name or 1-based number). Used by {@code manara eval --csv} as an independent test set.
 */
public final class CsvDataset {

    private CsvDataset() {}

    public static Dataset read(Path file, String textCol, String labelCol, char delimiter) {
        List<DelimitedFile.Row> rows = DelimitedFile.read(file, delimiter, true);
        if (rows.isEmpty()) {
            throw new DatasetException(file + ": empty file");
        }
        String[] header = rows.get(0).fields();
        int text = column(file, header, textCol);
        int label = column(file, header, labelCol);
        List<LabeledText> out = new ArrayList<>();
        for (DelimitedFile.Row row : rows.subList(1, rows.size())) {
            String[] f = row.fields();
            if (f.length <= Math.max(text, label)) {
                throw new DatasetException(
                        file
                                + ":"
                                + row.line()
                                + ": expected at least "
                                + (Math.max(text, label) + 1)
                                + " fields, found "
                                + f.length);
            }
            out.add(new LabeledText(f[text], f[label].trim()));
        }
        if (out.isEmpty()) {
            throw new DatasetException(file + ": no data rows after the header");
        }
        return new Dataset(file.getFileName().toString(), out);
    }

    private static int column(Path file, String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].trim().equals(name)) {
                return i;
            }
        }
        if (name.matches("[0-9]+")) {
            int n = Integer.parseInt(name);
            if (n >= 1 && n <= header.length) {
                return n - 1;
            }
        }
        throw new DatasetException(
                file + ": no column '" + name + "'; header is " + Arrays.toString(header));
    }
}
