package jdelt.cli;

import java.util.List;

import jdelt.interpolation.FittedCurve;

/**
 * The {@code --summary} file: a JSON array with one object per y column, {@code {"column": name,
 * "summary": {...}}}, the summary being {@link jdelt.interpolation.FitSummary#toJson()}.
 */
final class SummaryJson {

    private SummaryJson() {
    }

    /**
     * @param columns the y column names
     * @param fits the fit of each column, in the same order
     * @return the JSON text, ending with a newline
     */
    static String of(List<String> columns, List<FittedCurve> fits) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int c = 0; c < fits.size(); c++) {
            String name = columns.get(c).replace("\\", "\\\\").replace("\"", "\\\"");
            sb.append("  {\"column\":\"").append(name).append("\",\"summary\":")
                    .append(fits.get(c).summary().toJson()).append('}').append(c + 1 < fits.size() ? ",\n" : "\n");
        }
        return sb.append("]\n").toString();
    }
}
