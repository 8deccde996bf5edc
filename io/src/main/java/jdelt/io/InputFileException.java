package jdelt.io;

/**
 * A problem with an input file, located by file, line and column so the user can find and fix it:
 * the message reads {@code file:line:column: what is wrong}, like a compiler's. Control characters
 * quoted from the file (a NUL, an escape) are shown as Unicode escapes (backslash, u, four hex
 * digits), so that the message stays one readable line on any terminal.
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
        super(file + ":" + line + ":" + column + ": " + visible(problem));
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** @return the text with each control character other than a tab written as a Unicode escape */
    private static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\t';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(control ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
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
