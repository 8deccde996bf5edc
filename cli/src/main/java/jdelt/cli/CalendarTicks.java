package jdelt.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * Calendar ticks for a time axis whose values are seconds since an origin date-time: the tick
 * step is the smallest of 1, 2, 5, 10, ... 1000 years, 1, 2, 3, 6 months, 1, 2, 7 days, 1, 2, 3,
 * 6, 12 hours, 1, 2, 5, 10, 15, 30 minutes or seconds that gives at most {@link #MAX_TICKS} ticks
 * over the span, aligned on the calendar (1 January, the first of a month, midnight, the full
 * hour), labelled as fits the step ({@code 1980}, {@code 1980-06}, {@code 1980-06-14},
 * {@code 06-14 08:00}, {@code 08:15:30}). XChart 3.8 places numeric axes' ticks at round numbers of
 * the axis value, which for seconds are not dates; this annotation draws the ticks, their grid
 * lines and labels itself, in the space XChart keeps for its (blanked) tick labels.
 */
final class CalendarTicks extends Annotation {

    /** At most this many ticks on the axis. */
    static final int MAX_TICKS = 9;

    private enum Unit { YEAR, MONTH, DAY, HOUR, MINUTE, SECOND }

    private record Step(Unit unit, int count, double seconds) {
    }

    private static final List<Step> STEPS = steps();
    private static final Color GRID = new Color(228, 228, 228);
    private static final Font LABELS = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private final List<Double> at;
    private final List<String> labels;

    private CalendarTicks(List<Double> at, List<String> labels) {
        super(false);
        this.at = at;
        this.labels = labels;
    }

    private static List<Step> steps() {
        List<Step> s = new ArrayList<>();
        for (int n : new int[] {1, 2, 5, 10, 15, 30}) {
            s.add(new Step(Unit.SECOND, n, n));
        }
        for (int n : new int[] {1, 2, 5, 10, 15, 30}) {
            s.add(new Step(Unit.MINUTE, n, 60.0 * n));
        }
        for (int n : new int[] {1, 2, 3, 6, 12}) {
            s.add(new Step(Unit.HOUR, n, 3600.0 * n));
        }
        for (int n : new int[] {1, 2, 7}) {
            s.add(new Step(Unit.DAY, n, 86_400.0 * n));
        }
        for (int n : new int[] {1, 2, 3, 6}) {
            s.add(new Step(Unit.MONTH, n, 30.44 * 86_400 * n));
        }
        for (int n : new int[] {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
            s.add(new Step(Unit.YEAR, n, 365.25 * 86_400 * n));
        }
        return s;
    }

    /**
     * Puts calendar ticks on a chart's x axis, if the span is at least a few seconds.
     *
     * @param chart the chart, whose x values are seconds since {@code origin}
     * @param origin the epoch seconds of x = 0
     * @param from the axis minimum
     * @param to the axis maximum
     */
    static void install(XYChart chart, double origin, double from, double to) {
        CalendarTicks ticks = of(origin, from, to);
        if (ticks == null) {
            return;
        }
        chart.setCustomXAxisTickLabelsFormatter(v -> " ");
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.setXAxisTitle("date and time");
        chart.addAnnotation(ticks);
    }

    /** @return the ticks over the span, or {@code null} if it is too short for calendar ticks */
    static CalendarTicks of(double origin, double from, double to) {
        double span = to - from;
        Step step = STEPS.stream().filter(s -> span / s.seconds <= MAX_TICKS).findFirst().orElse(null);
        if (step == null || span / step.seconds < 1 || !(span > 0)) {
            return null;
        }
        List<Double> at = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        LocalDateTime t = first(toDate(origin + from), step);
        boolean dated = span > 86_400;
        DateTimeFormatter format = DateTimeFormatter.ofPattern(switch (step.unit) {
            case YEAR -> "yyyy";
            case MONTH -> "yyyy-MM";
            case DAY -> "yyyy-MM-dd";
            case HOUR, MINUTE -> dated ? "MM-dd HH:mm" : "HH:mm";
            case SECOND -> "HH:mm:ss";
        });
        for (; ; t = next(t, step)) {
            double x = t.toEpochSecond(ZoneOffset.UTC) + t.getNano() * 1e-9 - origin;
            if (x > to) {
                break;
            }
            at.add(x);
            labels.add(t.format(format));
        }
        return new CalendarTicks(at, labels);
    }

    /** @return the tick labels */
    List<String> labels() {
        return labels;
    }

    private static LocalDateTime toDate(double epochSeconds) {
        long s = (long) Math.floor(epochSeconds);
        return LocalDateTime.ofEpochSecond(s, (int) Math.round((epochSeconds - s) * 1e9) % 1_000_000_000, ZoneOffset.UTC);
    }

    /** @return the first aligned tick at or after t */
    private static LocalDateTime first(LocalDateTime t, Step step) {
        LocalDateTime start = switch (step.unit) {
            case YEAR -> LocalDateTime.of(t.getYear() - Math.floorMod(t.getYear(), step.count), 1, 1, 0, 0);
            case MONTH -> LocalDateTime.of(t.getYear(), 1 + (t.getMonthValue() - 1) / step.count * step.count, 1, 0, 0);
            case DAY -> t.toLocalDate().atStartOfDay();
            case HOUR -> t.toLocalDate().atStartOfDay().plusHours(t.getHour() / step.count * step.count);
            case MINUTE -> t.withSecond(0).withNano(0).withMinute(t.getMinute() / step.count * step.count);
            case SECOND -> t.withNano(0).withSecond(t.getSecond() / step.count * step.count);
        };
        while (start.isBefore(t)) {
            start = next(start, step);
        }
        return start;
    }

    private static LocalDateTime next(LocalDateTime t, Step step) {
        return switch (step.unit) {
            case YEAR -> t.plusYears(step.count);
            case MONTH -> t.plusMonths(step.count);
            case DAY -> t.plusDays(step.count);
            case HOUR -> t.plusHours(step.count);
            case MINUTE -> t.plusMinutes(step.count);
            case SECOND -> t.plusSeconds(step.count);
        };
    }

    @Override
    public void paint(Graphics2D g) {
        int top = getYAxisScreenValueForMax();
        int bottom = getYAxisScreenValueForMin();
        g.setFont(LABELS);
        FontMetrics m = g.getFontMetrics();
        for (int i = 0; i < at.size(); i++) {
            int x = getXAxisScreenValue(at.get(i));
            g.setColor(GRID);
            g.setStroke(new BasicStroke(1f));
            g.drawLine(x, Math.min(top, bottom), x, Math.max(top, bottom));
            g.setColor(Color.BLACK);
            String label = labels.get(i);
            g.drawString(label, x - m.stringWidth(label) / 2, Math.max(top, bottom) + 4 + m.getAscent());
        }
    }
}
