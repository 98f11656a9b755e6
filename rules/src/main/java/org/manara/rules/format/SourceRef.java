package org.manara.rules.format;

/** A place in a rules directory: file relative to the directory, 1-based line and column. */
public record SourceRef(String file, int line, int column) {

    public Diagnostic error(String message) {
        return Diagnostic.error(file, line, column, message);
    }

    public Diagnostic warning(String message) {
        return Diagnostic.warning(file, line, column, message);
    }
}
