package org.manara.rules.format;

import java.util.Comparator;

/**
 * One problem found in a rules directory: the file (relative to the directory), the 1-based line
 * and column (0 when unknown), whether it blocks loading, and the reason.
 */
public record Diagnostic(String file, int line, int column, Level level, String message) {

    /** Errors make a rule set invalid; warnings are reported and the set still loads. */
    public enum Level {
        ERROR,
        WARNING
    }

    public static final Comparator<Diagnostic> ORDER =
            Comparator.comparing(Diagnostic::file)
                    .thenComparingInt(Diagnostic::line)
                    .thenComparingInt(Diagnostic::column)
                    .thenComparing(Diagnostic::level)
                    .thenComparing(Diagnostic::message);

    public static Diagnostic error(String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Level.ERROR, message);
    }

    public static Diagnostic warning(String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Level.WARNING, message);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /** {@code file:line:column: error: message}, leaving out what is unknown. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        if (!file.isEmpty()) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            sb.append(": ");
        }
        sb.append(level == Level.ERROR ? "error: " : "warning: ").append(message);
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
