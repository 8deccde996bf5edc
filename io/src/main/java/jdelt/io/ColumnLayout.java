package jdelt.io;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which fields of each record hold x and y: resolves the columns the user asked for (by header
 * name or 1-based index) against the first record, and decides whether that record is a header.
 *
 * @param header whether the first record is a header row
 * @param width the number of fields every record must have
 * @param xIndex the 0-based field of x
 * @param yIndex the 0-based fields of the y columns
 * @param xName x's name for output
 * @param yNames the y columns' names for output
 */
record ColumnLayout(boolean header, int width, int xIndex, int[] yIndex, String xName, List<String> yNames) {

    /**
     * @param first the fields of the first record
     * @param options the requested columns and header mode
     * @param file the file's name, for messages
     * @param line the first record's line, for messages
     */
    static ColumnLayout resolve(List<String> first, ReadOptions options, String file, long line) {
        List<String> yRefs = options.y().isEmpty() ? List.of("2") : options.y();
        String xRef = options.x() == null ? "1" : options.x().trim();
        boolean header = switch (options.header()) {
            case YES -> true;
            case NO -> false;
            case AUTO -> !isIndex(xRef) || yRefs.stream().anyMatch(r -> !isIndex(r.trim()))
                    || !looksLikeData(first, xRef, yRefs, options.decimalOrPoint());
        };
        int xIndex = find(xRef, first, header, options.x() != null, file, line);
        int[] yIndex = new int[yRefs.size()];
        List<String> yNames = new ArrayList<>();
        for (int c = 0; c < yIndex.length; c++) {
            yIndex[c] = find(yRefs.get(c).trim(), first, header, !options.y().isEmpty(), file, line);
            if (yIndex[c] == xIndex) {
                throw new InputFileException(file, line, xIndex + 1,
                        "column " + (xIndex + 1) + " is selected both as x and as y");
            }
            for (int k = 0; k < c; k++) {
                if (yIndex[k] == yIndex[c]) {
                    throw new InputFileException(file, line, yIndex[c] + 1, "column '" + yRefs.get(c).trim()
                            + "' is selected twice as y; list each y column once");
                }
            }
            yNames.add(header ? first.get(yIndex[c]) : yIndex.length == 1 ? "y" : "y" + (yIndex[c] + 1));
        }
        return new ColumnLayout(header, first.size(), xIndex, yIndex, header ? first.get(xIndex) : "x", yNames);
    }

    private static boolean isIndex(String ref) {
        return !ref.isEmpty() && ref.chars().allMatch(Character::isDigit);
    }

    /**
     * Whether a record reads 0, 1, ..., k (optionally after an empty first cell, the unnamed index
     * column): what pandas writes as the header of a frame whose columns have no names.
     */
    static boolean areColumnNumbers(List<String> record) {
        int from = record.size() > 2 && record.get(0).isEmpty() ? 1 : 0;
        if (record.size() - from < 2) {
            return false;
        }
        for (int i = from; i < record.size(); i++) {
            if (!record.get(i).equals(Integer.toString(i - from))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the selected cells of a record are all numbers, missing, or date-times. */
    private static boolean looksLikeData(List<String> record, String xRef, List<String> yRefs, char decimal) {
        List<String> refs = new ArrayList<>(yRefs);
        refs.add(xRef);
        for (String ref : refs) {
            int i;
            try {
                i = Integer.parseInt(ref.trim()) - 1;
            } catch (NumberFormatException e) {
                continue;
            }
            if (i >= 0 && i < record.size() && !Cells.isNumber(record.get(i), decimal) && !Cells.isDateTime(record.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param given whether the user gave the reference, which may then be a header name (the
     *     default columns are positions, also when the header names a column "1")
     */
    static int find(String ref, List<String> first, boolean header, boolean given, String file, long line) {
        if (header && given) {
            int byName = first.indexOf(ref);
            if (byName >= 0 && first.lastIndexOf(ref) != byName) {
                throw new InputFileException(file, line, 1, "the header names columns " + (byName + 1) + " and "
                        + (first.lastIndexOf(ref) + 1) + " both '" + ref + "'; give the column's number (from 1) instead");
            }
            if (byName >= 0) {
                return byName;
            }
        }
        if (isIndex(ref)) {
            int i;
            try {
                i = Integer.parseInt(ref) - 1;
            } catch (NumberFormatException e) {
                i = Integer.MAX_VALUE;
            }
            if (i < 0 || i >= first.size()) {
                throw new InputFileException(file, line, 1, "there is no column " + ref + ": the "
                        + (header ? "header" : "first row") + " has " + first.size()
                        + (first.size() == 1 ? " column" : " columns") + " (columns are numbered from 1)"
                        + (first.size() == 1 ? "; is the delimiter right?" : ""));
            }
            return i;
        }
        if (!header) {
            throw new InputFileException(file, line, 1, "column '" + ref
                    + "' is given by name but the file has no header row; give its number (from 1) instead");
        }
        throw new InputFileException(file, line, 1, "no column named '" + ref + "'; the columns are: "
                + first.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", ")));
    }
}
