package jdelt.cli;

import jdelt.interpolation.Curve;
import jdelt.interpolation.FittedCurve;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;


import jdelt.interpolation.segment.GapRule;
import jdelt.io.DateTimes;
import jdelt.io.SampleTable;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws data, fit and derivatives as stacked panels with a shared x axis, with XChart, to PNG
 * (ImageIO) or SVG (Apache Batik), headless: for each y column, the data and the fit on top and
 * each derivative in its own panel below, with axis titles and units taken from the headers.
 * Large data sets are decimated for drawing, keeping the least and greatest y per pixel column
 * ({@link PlotDecimation}, so no spike is hidden; the legend says so); curves are drawn from the
 * fitted model evaluated at four points per pixel and decimated the same way; stretches without
 * samples are shaded ({@link GapShading}); where the method gives a derivative's standard error,
 * its pointwise 95 % band is drawn around it.
 */
final class DerivativePlot {

    /** The image formats, by file extension. */
    enum Format {
        PNG, SVG;

        /** @return the format named by the file's extension */
        static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".png")) {
                return PNG;
            }
            if (name.endsWith(".svg")) {
                return SVG;
            }
            throw new IllegalArgumentException("--plot " + file + ": the file name must end in .png or .svg");
        }
    }

    static final int WIDTH = 1100;
    private static final int TOP_HEIGHT = 400;
    private static final int PANEL_HEIGHT = 250;
    /** Curves are evaluated at this many points, four per pixel, then decimated to the pixel columns. */
    private static final int GRID = 4 * WIDTH;
    private static final Color DATA = new Color(40, 90, 170, 140);
    private static final Color FIT = new Color(200, 50, 40);
    private static final Color[] DERIVATIVE = {new Color(20, 120, 70), new Color(120, 60, 160),
        new Color(200, 120, 0), new Color(0, 120, 160)};
    /** Standard errors each side of the estimate in the drawn band: the normal 97.5 % quantile. */
    static final double BAND = 1.96;
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font TITLES = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private DerivativePlot() {
    }

    /**
     * Draws the plot.
     *
     * @param file the image file; its extension (.png or .svg) chooses the format
     * @param table the samples
     * @param fits one fit per y column of the table
     * @param orders the derivative orders to draw
     * @param method the method's name, for the legend
     * @throws IOException if the file cannot be written
     */
    static void write(Path file, SampleTable table, List<FittedCurve> fits, int[] orders, String method)
            throws IOException {
        write(file, table, fits, orders, method, DerivativeUnit.SECOND, GapRule.auto());
    }

    /**
     * As {@link #write(Path, SampleTable, List, int[], String)}, the derivatives given per {@code per},
     * the gaps shaded where {@code gaps} finds them ({@link GapRule#auto()} for {@link GapRule#none()}).
     */
    static void write(Path file, SampleTable table, List<FittedCurve> fits, int[] orders, String method, DerivativeUnit per,
                      GapRule gaps) throws IOException {
        List<XYChart> panels = panels(table, fits, orders, method, per, gaps);
        int height = panels.stream().mapToInt(XYChart::getHeight).sum();
        ImageFile.write(file, WIDTH, height, g -> paint(g, panels, height));
    }

    /**
     * Paints the panels one below the other. The width of the y tick labels differs between
     * panels, and with it where XChart starts the plot area; each panel is therefore shifted right
     * and narrowed so that all plot areas share the same left and right edges, as a shared x axis must.
     * The measuring pass paints through an empty clip: XChart lays the panel out all the same, but
     * Java 2D discards every drawing operation, which would otherwise double the drawing time.
     */
    private static void paint(Graphics2D g, List<XYChart> panels, int height) {
        int[] left = new int[panels.size()];
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < panels.size(); i++) {
            XYChart panel = panels.get(i);
            Graphics2D s = scratch.createGraphics();
            s.setClip(0, 0, 0, 0);
            panel.paint(s, WIDTH, panel.getHeight());
            s.dispose();
            left[i] = (int) Math.round(panel.getScreenXFromChart(panel.getStyler().getXAxisMin()));
        }
        int aligned = Arrays.stream(left).max().orElse(0);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        int top = 0;
        for (int i = 0; i < panels.size(); i++) {
            XYChart panel = panels.get(i);
            int shift = aligned - left[i];
            Graphics2D p = (Graphics2D) g.create(shift, top, WIDTH - shift, panel.getHeight());
            panel.paint(p, WIDTH - shift, panel.getHeight());
            p.dispose();
            top += panel.getHeight();
        }
    }

    /** @return the panels: per y column, data and fit, then one panel per derivative order */
    static List<XYChart> panels(SampleTable table, List<FittedCurve> fits, int[] orders, String method) {
        return panels(table, fits, orders, method, DerivativeUnit.SECOND, GapRule.auto());
    }

    /** As {@link #panels(SampleTable, List, int[], String)}, the derivatives (fits given per {@code per}) so labelled. */
    static List<XYChart> panels(SampleTable table, List<FittedCurve> fits, int[] orders, String method, DerivativeUnit per,
                                GapRule rule) {
        double[] x = table.x();
        AxisLabels xLabels = table.dateTimeX() ? AxisLabels.time(table.xOrigin()) : AxisLabels.of(table.xName());
        AxisLabels perLabels = per == DerivativeUnit.SECOND ? xLabels : xLabels.withUnit(per.name());
        double[] grid = grid(x);
        List<double[]> gaps = GapShading.gaps(x, rule == GapRule.none() ? GapRule.auto() : rule);
        String shaded = gaps.isEmpty() ? "" : "; shaded: " + (gaps.size() == 1 ? "a gap" : "gaps") + " in the data";
        List<XYChart> panels = new ArrayList<>();
        for (int c = 0; c < fits.size(); c++) {
            AxisLabels y = AxisLabels.of(table.yNames().get(c));
            double[] allY = table.y()[c];
            int[] present = IntStream.range(0, allY.length).filter(i -> !Double.isNaN(allY[i])).toArray();
            boolean complete = present.length == allY.length;
            PlotDecimation.Points drawn = PlotDecimation.minMax(
                    complete ? x : Arrays.stream(present).mapToDouble(i -> x[i]).toArray(),
                    complete ? allY : Arrays.stream(present).mapToDouble(i -> allY[i]).toArray(), WIDTH);
            double[] columnX = drawn.xs();
            double[] dataY = drawn.ys();
            PlotDecimation.Points curve = PlotDecimation.minMax(grid, fits.get(c).values(grid), WIDTH);
            double[] fitted = curve.ys();
            AxisScale scale = AxisScale.of(dataY, fitted);
            dataY = scale.apply(dataY);
            fitted = scale.apply(fitted);
            XYChart top = chart(TOP_HEIGHT, x, xLabels, scale.title(y.title()));
            top.setTitle(Path.of(table.source()).getFileName() + ": " + y.name() + ", data and " + method + " fit" + shaded);
            anchorTicks(top, x, dataY, fitted);
            XYSeries data = top.addSeries(drawn.size() == present.length ? String.format("data (%,d samples)", x.length)
                    : String.format("data (%,d samples; drawn: least and greatest per pixel column)", x.length),
                    columnX, dataY);
            data.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            data.setMarker(SeriesMarkers.CIRCLE);
            data.setMarkerColor(DATA);
            line(top.addSeries(method + " fit", curve.xs(), fitted), FIT);
            top.getStyler().setLegendPosition(emptiestCorner(columnX, dataY));
            panels.add(top);
            for (int k = 0; k < orders.length; k++) {
                Curve d = fits.get(c).differentiate(orders[k]);
                PlotDecimation.Points dCurve = PlotDecimation.minMax(grid, d.values(grid), WIDTH);
                AxisScale dScale = AxisScale.of(dCurve.ys());
                double[] values = dScale.apply(dCurve.ys());
                String title = y.derivativeTitle(perLabels, orders[k]);
                if (y.unit() == null && per != DerivativeUnit.SECOND) {
                    title += " (per " + per.name() + per.columnSuffix(orders[k]).replaceFirst("^_per_[^^]*", "") + ")";
                }
                XYChart panel = chart(PANEL_HEIGHT, x, xLabels, dScale.title(title));
                panel.setTitle(ordinal(orders[k]) + " derivative of " + y.name() + " (" + method + ")");
                panel.getStyler().setLegendVisible(false);
                anchorTicks(panel, x, values);
                Color color = DERIVATIVE[k % DERIVATIVE.length];
                Curve se = fits.get(c).summary().standardError(orders[k]).orElse(null);
                if (se != null) {
                    band(panel, dCurve.xs(), values, dScale.apply(se.values(dCurve.xs())), color);
                    panel.setTitle(panel.getTitle() + ", 95 % band");
                }
                line(panel.addSeries("d" + orders[k], dCurve.xs(), values), color);
                panels.add(panel);
            }
        }
        for (int i = 0; i < panels.size(); i++) {
            panels.get(i).getStyler().setXAxisTitleVisible(i == panels.size() - 1);
            for (double[] gap : gaps) {
                panels.get(i).addAnnotation(GapShading.of(gap));
            }
            if (table.dateTimeX()) {
                CalendarTicks.install(panels.get(i), DateTimes.epochSeconds(table.xOrigin()), x[0], x[x.length - 1]);
            }
        }
        return panels;
    }

    private static XYChart chart(int height, double[] x, AxisLabels xLabels, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(height).xAxisTitle(xLabels.title())
                .yAxisTitle(yTitle).build();
        XYStyler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(new Color(180, 180, 180));
        s.setPlotGridLinesColor(new Color(228, 228, 228));
        s.setChartTitleFont(TITLES.deriveFont(Font.BOLD));
        s.setChartTitleBoxVisible(false);
        s.setAxisTitleFont(TITLES);
        s.setAxisTickLabelsFont(TICKS);
        s.setLegendFont(TITLES.deriveFont(12f));
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setLegendBorderColor(new Color(200, 200, 200));
        s.setMarkerSize(5);
        s.setChartPadding(8);
        s.setXAxisMin(x[0]);
        s.setXAxisMax(x[x.length - 1]);
        return chart;
    }

    /**
     * Adds, as a chart's first series, one invisible point in the middle of the x and y ranges.
     * XChart 3.8 places ticks at the data values instead of at round numbers when it judges an
     * axis's values, in series order after the axis minimum, equally spaced to within an absolute
     * 1e-4, which smooth curves starting at their minimum or with small values are; a first value
     * half-way up the range rules that out.
     */
    private static void anchorTicks(XYChart chart, double[] x, double[]... ys) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] y : ys) {
            for (double v : y) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            return;
        }
        XYSeries anchor = chart.addSeries(" ", new double[] {(x[0] + x[x.length - 1]) / 2}, new double[] {(lo + hi) / 2});
        anchor.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        anchor.setMarker(SeriesMarkers.NONE);
        anchor.setShowInLegend(false);
    }

    /**
     * Adds the pointwise 95 % band, the estimate ± 1.96 standard errors, as a translucent polygon
     * (the upper edge left to right, then the lower edge back).
     */
    private static void band(XYChart chart, double[] x, double[] values, double[] se, Color color) {
        int n = x.length;
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        for (int i = 0; i < n; i++) {
            px[i] = x[i];
            py[i] = values[i] + BAND * se[i];
            px[2 * n - 1 - i] = x[i];
            py[2 * n - 1 - i] = values[i] - BAND * se[i];
        }
        XYSeries band = chart.addSeries("95 % band", px, py);
        band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        band.setMarker(SeriesMarkers.NONE);
        band.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 60));
        band.setLineStyle(SeriesLines.NONE);  // a transparent outline would still be stroked, segment by segment
        band.setShowInLegend(false);
    }

    private static void line(XYSeries series, Color color) {
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /**
     * Where the curves are evaluated: a uniform grid of {@link #GRID} points across the samples,
     * merged with the samples themselves when there are fewer samples than grid points, so that
     * the curves pass through the drawn samples. (The merge also keeps XChart from placing ticks
     * at the data values, which it does when an axis's values are equally spaced.)
     */
    private static double[] grid(double[] samples) {
        double from = samples[0];
        double to = samples[samples.length - 1];
        int m = samples.length < GRID ? samples.length : 0;
        double[] out = new double[GRID + m];
        int n = 0;
        int j = 0;
        for (int i = 0; i < GRID || j < m; ) {
            double u = i < GRID ? from + (to - from) * i / (GRID - 1) : Double.POSITIVE_INFINITY;
            double next = j < m && samples[j] <= u ? samples[j++] : u;
            if (next == u) {
                i++;
            }
            if (n == 0 || next > out[n - 1]) {
                out[n++] = next;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The inside corner for the legend that hides the fewest samples: the one whose box (the outer
     * 30 % of each axis's range) holds the fewest points.
     */
    static Styler.LegendPosition emptiestCorner(double[] x, double[] y) {
        double x0 = x[0];
        double xSpan = x[x.length - 1] - x0;
        double y0 = Arrays.stream(y).filter(Double::isFinite).min().orElse(0);
        double ySpan = Arrays.stream(y).filter(Double::isFinite).max().orElse(1) - y0;
        int[] count = new int[4];
        for (int i = 0; i < x.length; i++) {
            double u = (x[i] - x0) / xSpan;
            double v = (y[i] - y0) / ySpan;
            boolean right = u > 0.7;
            boolean top = v > 0.7;
            if ((right || u < 0.3) && (top || v < 0.3)) {
                count[(top ? 0 : 2) + (right ? 1 : 0)]++;
            }
        }
        Styler.LegendPosition[] corners = {Styler.LegendPosition.InsideNW, Styler.LegendPosition.InsideNE,
            Styler.LegendPosition.InsideSW, Styler.LegendPosition.InsideSE};
        int best = 1;
        for (int k = 0; k < 4; k++) {
            if (count[k] < count[best]) {
                best = k;
            }
        }
        return corners[best];
    }
}
