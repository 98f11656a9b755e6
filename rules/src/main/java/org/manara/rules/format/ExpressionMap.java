package org.manara.rules.format;

/**
 * Where each character of a rule's {@code when} expression sits in its YAML file, so that a CEL
 * error at a column of the expression can be reported at the file's own line and column, whatever
 * the scalar style (plain, quoted, literal {@code |} or folded {@code >}).
 */
public final class ExpressionMap {
    private final String file;
    private final int[] lines;
    private final int[] columns;
    private final SourceRef start;

    /**
     * @param lines the 1-based file line of each UTF-16 char of the expression
     * @param columns the 1-based file column (in code points) of each char
     */
    public ExpressionMap(String file, int[] lines, int[] columns, SourceRef start) {
        this.file = file;
        this.lines = lines.clone();
        this.columns = columns.clone();
        this.start = start;
    }

    /** The position of the char at {@code offset}; past the end, the last char's position. */
    public SourceRef at(int offset) {
        if (lines.length == 0) {
            return start;
        }
        int i = Math.max(0, Math.min(offset, lines.length - 1));
        int col = columns[i] + (offset >= lines.length ? 1 : 0);
        return new SourceRef(file, lines[i], col);
    }
}
