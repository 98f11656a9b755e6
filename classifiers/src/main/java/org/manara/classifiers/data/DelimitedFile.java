package org.manara.classifiers.data;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a delimited text file (CSV, TSV, semicolon) with Jackson's CSV parser, which handles quoted
 * fields with embedded delimiters and newlines (L-HSAB and Davidson have both). Rows come back as
 * string arrays together with the line they started on, for error messages.
 */
public final class DelimitedFile {

    /** One parsed row and the 1-based line it started on. */
    public record Row(long line, String[] fields) {}

    private DelimitedFile() {}

    /**
     * Reads every row. {@code quoting} false treats quote characters as plain text (the SMS and
     * OSACT files are raw TSV whose texts contain unbalanced quotes).
     */
    public static List<Row> read(Path file, char delimiter, boolean quoting) {
        if (!Files.isRegularFile(file)) {
            throw new DatasetException("no such file: " + file);
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter);
        schema = quoting ? schema.withQuoteChar('"') : schema.withoutQuoteChar();
        schema = schema.withoutEscapeChar();
        List<Row> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<String[]> it =
                        mapper.readerFor(String[].class).with(schema).readValues(reader)) {
            while (true) {
                long line =
                        it.getCurrentLocation() == null ? -1 : it.getCurrentLocation().getLineNr();
                if (!it.hasNextValue()) {
                    break;
                }
                String[] fields = it.nextValue();
                if (fields.length == 1 && fields[0].isEmpty()) {
                    continue; // blank line
                }
                rows.add(new Row(line, fields));
            }
        } catch (IOException | RuntimeException e) {
            throw new DatasetException(file + ": cannot parse: " + firstLine(e.getMessage()), e);
        }
        return rows;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
