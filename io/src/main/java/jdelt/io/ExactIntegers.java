package jdelt.io;

/**
 * Whole-number x beyond 2^53, such as epoch nanoseconds (1.77e18): a double cannot hold them
 * (at 1.8e18 its spacing is 256), so rounding them would make samples 1 µs apart uneven by
 * ±13 % and merge samples 100 ns apart as duplicates. They are read exactly as a long and kept
 * as offsets from the first sample, which a double holds exactly up to 2^53 (104 days in ns),
 * and written back as given.
 */
final class ExactIntegers {

    /** The first magnitude a double cannot hold every integer of: 2^53. */
    private static final long EXACT_LIMIT = 1L << 53;

    private ExactIntegers() {
    }

    /** @return whether the cell is a whole number (optional sign, digits) that fits a long */
    static boolean isInteger(String cell) {
        int start = !cell.isEmpty() && (cell.charAt(0) == '-' || cell.charAt(0) == '+') ? 1 : 0;
        if (cell.length() == start || cell.length() - start > 19) {
            return false;
        }
        for (int i = start; i < cell.length(); i++) {
            if (cell.charAt(i) < '0' || cell.charAt(i) > '9') {
                return false;
            }
        }
        try {
            Long.parseLong(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** @return whether the cell is a whole number a double cannot represent exactly (|v| above 2^53) */
    static boolean needsExactReading(String cell) {
        return isInteger(cell) && Math.abs(Long.parseLong(cell)) > EXACT_LIMIT;
    }

    /**
     * @param cell a whole number ({@link #isInteger})
     * @param origin the first sample's value
     * @return {@code cell - origin} as a double
     * @throws ArithmeticException if the difference overflows a long
     */
    static double offset(String cell, long origin) {
        return (double) Math.subtractExact(Long.parseLong(cell), origin);
    }
}
