package jdelt.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jdelt.interpolation.multivariate.FittedField;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The plot of {@code jdelt gradient} for two variables, one row per output: on the left the data
 * as a heat map (grid cells, or scattered points coloured by value) with gradient arrows of the
 * fit, on the right a second partial of the fit (the Laplacian unless another is chosen) as a heat
 * map on a diverging scale. Axes, titles and ticks are XChart's; the cells, arrows and colour bars
 * are painted in its plot area. What is drawn is bounded whatever n: the samples are binned into
 * at most {@value #CELLS} × {@value #CELLS} cells ({@link HeatRaster}, mean per cell) and the
 * arrows into {@value #ARROWS} × {@value #ARROWS}, each at the mean of its cell's samples. An
 * arrow is the gradient with respect to the plotted coordinates (so it stands perpendicular to
 * the colour contours whatever the two axes' scales), its length proportional to that gradient's
 * size, the longest filling most of its cell.
 */
final class GradientPlot {

    /** Most heat-map cells per axis. */
    static final int CELLS = 100;
    /** Most arrows per axis. */
    static final int ARROWS = 18;
    /** One panel's width (chart and colour bar) and height. */
    static final int PANEL_WIDTH = 640;
    static final int PANEL_HEIGHT = 540;
    private static final int CHART_WIDTH = 545;
    private static final Color ARROW = new Color(25, 25, 25);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font TITLES = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private GradientPlot() {
    }

    /**
     * The samples and fits to draw.
     *
     * @param source the input file's name, for titles
     * @param points the n sample points (two coordinates each)
     * @param shape the nodes per axis if the points are a full rectilinear grid (drawn as cells), else
     *     null (scattered, drawn as dots)
     * @param xs the two input columns' names
     * @param ys the output columns' names
     * @param values the sampled values, one array of n per output
     * @param fits one fit per output
     * @param partials per output, the orders per axis of the partial on the right, or null for the Laplacian
     * @param method the method's name, for titles
     */
    record Input(String source, double[][] points, int[] shape, List<String> xs, List<String> ys, double[][] values,
            List<FittedField> fits, int[][] partials, String method) {
    }

    /**
     * Draws the plot.
     *
     * @param file the image file; its extension (.png or .svg) chooses the format
     * @param in what to draw
     * @throws IOException if the file cannot be written
     */
    static void write(Path file, Input in) throws IOException {
        int outputs = in.ys().size();
        double[][] box = box(in);
        int[] cells = cellsPerAxis(in);
        ImageFile.write(file, 2 * PANEL_WIDTH, outputs * PANEL_HEIGHT, g -> {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 2 * PANEL_WIDTH, outputs * PANEL_HEIGHT);
            for (int c = 0; c < outputs; c++) {
                HeatRaster data = HeatRaster.of(in.points(), in.values()[c], box[0], box[1], cells[0], cells[1]);
                Graphics2D left = (Graphics2D) g.create(0, c * PANEL_HEIGHT, PANEL_WIDTH, PANEL_HEIGHT);
                dataPanel(left, in, c, data, box);
                left.dispose();
                Graphics2D right = (Graphics2D) g.create(PANEL_WIDTH, c * PANEL_HEIGHT, PANEL_WIDTH, PANEL_HEIGHT);
                partialPanel(right, in, c, data, box);
                right.dispose();
            }
        });
    }

    /** @return what the plot shows, per output, e.g. {@code "f: data and gradient, laplacian(f); tensor-spline fit"} */
    static String contents(Input in) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < in.ys().size(); c++) {
            String f = in.ys().get(c);
            int[] orders = in.partials()[c];
            sb.append(c == 0 ? "" : "; ").append(f).append(": data and gradient, ")
                    .append(orders == null ? "laplacian(" + f + ")" : partialName(f, in.xs(), orders));
        }
        return sb.append("; ").append(in.method()).append(" fit").toString();
    }

    /**
     * @return the drawn box {lo, hi}: the points' bounding box, widened by half a node spacing on a
     *     grid drawn one cell per node, so that each cell is centred on its node
     */
    static double[][] box(Input in) {
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double[] p : in.points()) {
            for (int j = 0; j < 2; j++) {
                lo[j] = Math.min(lo[j], p[j]);
                hi[j] = Math.max(hi[j], p[j]);
            }
        }
        int[] nodes = in.shape();
        for (int j = 0; j < 2; j++) {
            if (nodes != null && nodes[j] <= CELLS) {
                double half = (hi[j] - lo[j]) / (nodes[j] - 1) / 2;
                lo[j] -= half;
                hi[j] += half;
            }
        }
        return new double[][] {lo, hi};
    }

    /** @return cells per axis: one per grid node up to {@link #CELLS}, else {@link #CELLS} */
    static int[] cellsPerAxis(Input in) {
        int[] nodes = in.shape();
        return nodes != null ? new int[] {Math.min(CELLS, nodes[0]), Math.min(CELLS, nodes[1])} : new int[] {CELLS, CELLS};
    }

    private static void dataPanel(Graphics2D g, Input in, int c, HeatRaster data, double[][] box) {
        String f = in.ys().get(c);
        String drawn = data.size() < in.points().length
                ? String.format(Locale.ROOT, "; drawn: mean per cell of %d × %d", data.columns(), data.rows()) : "";
        XYChart chart = chart(in, box, name(in.source()) + ": " + f + String.format(Locale.ROOT, " (%,d samples%s)",
                in.points().length, drawn), "arrows: gradient of the " + in.method() + " fit, length ∝ size");
        chart.paint(g, CHART_WIDTH, PANEL_HEIGHT);
        ColourScale scale = ColourScale.sequential(data.values());
        Rectangle2D area = area(chart, box);
        Graphics2D clip = (Graphics2D) g.create();
        clip.clip(area);
        cells(clip, chart, data, data.values(), scale, in.shape() != null);
        arrows(clip, chart, in, c, box, area);
        clip.dispose();
        colourBar(g, area, scale);
    }

    private static void partialPanel(Graphics2D g, Input in, int c, HeatRaster data, double[][] box) {
        int[] orders = in.partials()[c];
        FittedField fit = in.fits().get(c);
        double[] v = orders == null ? fit.laplacians(data.points()) : partialAt(fit, data.points(), orders);
        String what = orders == null ? "laplacian(" + in.ys().get(c) + ")" : partialName(in.ys().get(c), in.xs(), orders);
        XYChart chart = chart(in, box, what + " of the " + in.method() + " fit", "at the drawn cells' points");
        chart.paint(g, CHART_WIDTH, PANEL_HEIGHT);
        ColourScale scale = ColourScale.diverging(v);
        Rectangle2D area = area(chart, box);
        Graphics2D clip = (Graphics2D) g.create();
        clip.clip(area);
        cells(clip, chart, data, v, scale, in.shape() != null);
        clip.dispose();
        colourBar(g, area, scale);
    }

    private static double[] partialAt(FittedField fit, double[][] points, int[] orders) {
        if (orders[0] + orders[1] == 1) {
            double[][] gradients = fit.gradients(points);
            return Arrays.stream(gradients).mapToDouble(gr -> gr[orders[0] == 1 ? 0 : 1]).toArray();
        }
        int a = orders[0] == 0 ? 1 : 0;
        int b = orders[1] == 0 ? 0 : 1;
        return Arrays.stream(fit.hessians(points)).mapToDouble(h -> h[a][b]).toArray();
    }

    /**
     * @param f the output's name
     * @param xs the inputs' names
     * @param orders orders per axis, of total 1 or 2
     * @return the partial's CSV column name, e.g. {@code d2f/dx1dx2}
     */
    static String partialName(String f, List<String> xs, int[] orders) {
        if (orders[0] + orders[1] == 1) {
            return "d" + f + "/d" + xs.get(orders[0] == 1 ? 0 : 1);
        }
        if (orders[0] == 1) {
            return "d2" + f + "/d" + xs.get(0) + "d" + xs.get(1);
        }
        return "d2" + f + "/d" + xs.get(orders[0] == 2 ? 0 : 1) + "^2";
    }

    /**
     * Reads {@code --plot-partial}: a partial's CSV column name ({@code df/dx1}, {@code d2f/dx1^2},
     * {@code d2f/dx1dx2}, {@code laplacian(f)}) of one output, shown on the right of that output's
     * row; the other rows show their Laplacian.
     *
     * @param spec the option's value, or null (every row shows the Laplacian)
     * @param xs the two inputs' names
     * @param ys the outputs' names
     * @return per output, the orders per axis, or null for the Laplacian
     * @throws IllegalArgumentException naming the accepted names, if spec is none of them
     */
    static int[][] partials(String spec, List<String> xs, List<String> ys) {
        int[][] out = new int[ys.size()][];
        if (spec == null) {
            return out;
        }
        int[][] orders = {{1, 0}, {0, 1}, {2, 0}, {1, 1}, {0, 2}};
        List<String> accepted = new java.util.ArrayList<>();
        for (int c = 0; c < ys.size(); c++) {
            String f = ys.get(c);
            accepted.add("laplacian(" + f + ")");
            if (spec.equals("laplacian(" + f + ")")) {
                return out;
            }
            for (int[] o : orders) {
                String name = partialName(f, xs, o);
                accepted.add(name);
                if (spec.equals(name) || o[0] == 1 && o[1] == 1 && spec.equals("d2" + f + "/d" + xs.get(1) + "d" + xs.get(0))) {
                    out[c] = o;
                    return out;
                }
            }
        }
        throw new IllegalArgumentException("--plot-partial '" + spec + "' is not a partial of the outputs; give one of "
                + String.join(", ", accepted));
    }

    private static XYChart chart(Input in, double[][] box, String title, String subtitle) {
        XYChart chart = new XYChartBuilder().width(CHART_WIDTH).height(PANEL_HEIGHT)
                .xAxisTitle(AxisLabels.of(in.xs().get(0)).title() + "    (" + subtitle + ")")
                .yAxisTitle(AxisLabels.of(in.xs().get(1)).title()).build();
        chart.setTitle(title);
        XYStyler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(new Color(180, 180, 180));
        s.setPlotGridLinesVisible(false);
        s.setChartTitleFont(TITLES.deriveFont(Font.BOLD));
        s.setChartTitleBoxVisible(false);
        s.setAxisTitleFont(TITLES);
        s.setAxisTickLabelsFont(TICKS);
        s.setLegendVisible(false);
        s.setChartPadding(8);
        s.setXAxisMin(box[0][0]);
        s.setXAxisMax(box[1][0]);
        s.setYAxisMin(box[0][1]);
        s.setYAxisMax(box[1][1]);
        XYSeries corners = chart.addSeries(" ", new double[] {box[0][0], box[0][0] + 0.4 * (box[1][0] - box[0][0]), box[1][0]},
                new double[] {box[0][1], box[0][1] + (box[1][1] - box[0][1]) / 3, box[1][1]});
        corners.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        corners.setMarker(SeriesMarkers.NONE);
        return chart;
    }

    /** @return the plot area in the panel's pixels, after the chart was painted */
    private static Rectangle2D area(XYChart chart, double[][] box) {
        double x0 = chart.getScreenXFromChart(box[0][0]);
        double x1 = chart.getScreenXFromChart(box[1][0]);
        double y0 = chart.getScreenYFromChart(box[1][1]);
        double y1 = chart.getScreenYFromChart(box[0][1]);
        return new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);
    }

    /** Paints each kept cell: its box on a grid, a dot at its mean point for scattered samples. */
    private static void cells(Graphics2D g, XYChart chart, HeatRaster data, double[] v, ColourScale scale, boolean grid) {
        double[] first = data.size() > 0 ? data.box(0) : new double[4];
        double cellPixels = Math.min(Math.abs(chart.getScreenXFromChart(first[2]) - chart.getScreenXFromChart(first[0])),
                Math.abs(chart.getScreenYFromChart(first[3]) - chart.getScreenYFromChart(first[1])));
        double dot = Math.max(5, cellPixels);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, grid ? RenderingHints.VALUE_ANTIALIAS_OFF
                : RenderingHints.VALUE_ANTIALIAS_ON);
        for (int k = 0; k < data.size(); k++) {
            g.setColor(scale.colour(v[k]));
            if (grid) {
                double[] b = data.box(k);
                double x0 = chart.getScreenXFromChart(b[0]);
                double y0 = chart.getScreenYFromChart(b[3]);
                g.fill(new Rectangle2D.Double(x0, y0, chart.getScreenXFromChart(b[2]) - x0 + 0.5,
                        chart.getScreenYFromChart(b[1]) - y0 + 0.5));
            } else {
                double[] p = data.points()[k];
                g.fill(new Ellipse2D.Double(chart.getScreenXFromChart(p[0]) - dot / 2, chart.getScreenYFromChart(p[1]) - dot / 2,
                        dot, dot));
            }
        }
    }

    /** Paints the gradient arrows, one per occupied cell of an {@link #ARROWS}² raster. */
    private static void arrows(Graphics2D g, XYChart chart, Input in, int c, double[][] box, Rectangle2D area) {
        HeatRaster at = HeatRaster.of(in.points(), in.values()[c], box[0], box[1], ARROWS, ARROWS);
        double[][] gradients = in.fits().get(c).gradients(at.points());
        double perPixelX = (box[1][0] - box[0][0]) / area.getWidth();
        double perPixelY = (box[1][1] - box[0][1]) / area.getHeight();
        double[][] screen = new double[at.size()][];
        double longest = 0;
        for (int k = 0; k < at.size(); k++) {
            screen[k] = new double[] {gradients[k][0] * perPixelX, -gradients[k][1] * perPixelY};
            double length = Math.hypot(screen[k][0], screen[k][1]);
            if (Double.isFinite(length)) {
                longest = Math.max(longest, length);
            }
        }
        if (longest == 0) {
            return;
        }
        double scale = 0.9 * Math.min(area.getWidth(), area.getHeight()) / ARROWS / longest;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(ARROW);
        g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int k = 0; k < at.size(); k++) {
            double dx = screen[k][0] * scale;
            double dy = screen[k][1] * scale;
            double length = Math.hypot(dx, dy);
            if (!(length >= 1)) {
                continue;
            }
            double x0 = chart.getScreenXFromChart(at.points()[k][0]) - dx / 2;
            double y0 = chart.getScreenYFromChart(at.points()[k][1]) - dy / 2;
            g.draw(new Line2D.Double(x0, y0, x0 + dx, y0 + dy));
            double head = Math.min(5, 0.4 * length);
            double ux = dx / length;
            double uy = dy / length;
            Path2D.Double tip = new Path2D.Double();
            tip.moveTo(x0 + dx, y0 + dy);
            tip.lineTo(x0 + dx - head * (ux - 0.5 * uy), y0 + dy - head * (uy + 0.5 * ux));
            tip.lineTo(x0 + dx - head * (ux + 0.5 * uy), y0 + dy - head * (uy - 0.5 * ux));
            tip.closePath();
            g.fill(tip);
        }
    }

    private static void colourBar(Graphics2D g, Rectangle2D area, ColourScale scale) {
        int x = CHART_WIDTH + 6;
        int top = (int) Math.round(area.getY());
        int height = (int) Math.round(area.getHeight());
        for (int i = 0; i < height; i++) {
            double t = 1 - (i + 0.5) / height;
            g.setColor(scale.colour(scale.lo() + t * (scale.hi() - scale.lo())));
            g.fillRect(x, top + i, 16, 1);
        }
        g.setColor(new Color(120, 120, 120));
        g.drawRect(x, top, 16, height);
        g.setFont(TICKS);
        g.setColor(Color.DARK_GRAY);
        for (int k = 0; k <= 4; k++) {
            double v = scale.lo() + k / 4.0 * (scale.hi() - scale.lo());
            String label = String.format(Locale.ROOT, "%.3g", v);
            if (scale.clipped() && k == 0) {
                label = "≤ " + label;
            } else if (scale.clipped() && k == 4) {
                label = "≥ " + label;
            }
            int y = (int) Math.round(top + height - k / 4.0 * height);
            g.drawLine(x + 16, y, x + 19, y);
            g.drawString(label, x + 22, y + 4);
        }
    }

    private static String name(String source) {
        Path p = Path.of(source).getFileName();
        return p == null ? source : p.toString();
    }
}
