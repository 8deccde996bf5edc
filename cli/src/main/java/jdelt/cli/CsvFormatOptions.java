package jdelt.cli;

import java.util.Locale;

import jdelt.io.ReadOptions;
import picocli.CommandLine.Option;

/**
 * The options that say how a CSV file is written, shared by {@code differentiate}, {@code integrate}
 * and {@code gradient} as a picocli mixin: the delimiter, the decimal separator and whether there is
 * a header row, each detected from the file unless given.
 */
final class CsvFormatOptions {

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "the field delimiter: , ; tab or any one character (default: detected)")
    private String delimiter;

    @Option(names = "--decimal", paramLabel = "SEP", description = "the decimal separator: . or , "
            + "(default: detected: a comma only in a ; or tab delimited file whose numbers have one comma and no dot)")
    private String decimal;

    @Option(names = "--header", paramLabel = "MODE", defaultValue = "auto", description = "whether the first row names the columns: auto, yes or no (default: ${DEFAULT-VALUE})")
    private ReadOptions.Header header = ReadOptions.Header.AUTO;

    /** @return the delimiter of {@code --delimiter}, or {@code null} to detect it */
    Character delimiter() {
        if (delimiter == null) {
            return null;
        }
        String d = delimiter.toLowerCase(Locale.ROOT);
        if (d.equals("tab") || d.equals("\\t") || d.equals("\t")) {
            return '\t';
        }
        if (delimiter.length() != 1) {
            throw new IllegalArgumentException("--delimiter must be one character or 'tab', got '" + delimiter + "'");
        }
        return delimiter.charAt(0);
    }

    /** @return the separator of {@code --decimal}, or {@code null} to detect it */
    Character decimal() {
        if (decimal == null) {
            return null;
        }
        switch (decimal.trim().toLowerCase(Locale.ROOT)) {
            case ".": case "point": case "dot":
                return '.';
            case ",": case "comma":
                return ',';
            default:
                throw new IllegalArgumentException("--decimal must be '.' or ',' (or point, comma), got '" + decimal + "'");
        }
    }

    /** @return the header mode of {@code --header} */
    ReadOptions.Header header() {
        return header;
    }

    /**
     * @param options the options to complete
     * @return them with the delimiter, decimal separator and header mode of these options
     * @throws IllegalArgumentException for a bad value, or a decimal comma with a comma delimiter
     */
    ReadOptions applyTo(ReadOptions options) {
        Character d = delimiter();
        Character sep = decimal();
        if (d != null && sep != null && d == ',' && sep == ',') {
            throw new IllegalArgumentException("--decimal , with --delimiter ,: a ','-delimited file cannot hold"
                    + " decimal commas ('1,5' is two fields); give the delimiter the file uses (; or tab)");
        }
        return options.withDelimiter(d).withDecimal(sep).withHeader(header);
    }
}
