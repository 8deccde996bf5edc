package jdelt.io;

/**
 * A problem with an input file, located by file, line and column so the user can find and fix it:
 * the message reads {@code file:line:column: what is wrong}, like a compiler's.
 */
public final class InputFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final int column;

    /**
     * @param file the file's name as the user gave it
     * @param line the 1-based line number
     * @param column the 1-based column (field) number
     * @param problem what is wrong, without the location
     */
    public InputFileException(String file, long line, int column, String problem) {
        super(file + ":" + line + ":" + column + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** @return the file's name as the user gave it */
    public String file() {
        return file;
    }

    /** @return the 1-based line number of the problem */
    public long line() {
        return line;
    }

    /** @return the 1-based column (field) number of the problem */
    public int column() {
        return column;
    }
}
