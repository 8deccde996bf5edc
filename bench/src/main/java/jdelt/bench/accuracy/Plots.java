package jdelt.bench.accuracy;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * PNG plots of the accuracy benchmark, drawn headless with XChart: derivative error against noise
 * level per signal and method, and an example of a noisy signal with each method's derivative.
 */
public final class Plots {

    /** Where the noise-free level 0 is drawn on the logarithmic noise axis, in percent. */
    static final double ZERO_NOISE_AT = 0.01;

    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf), new Color(0xbcbd22), new Color(0x7f7f7f)};

    private Plots() {
    }

    /**
     * Writes {@code error_vs_noise_d1.png} and {@code error_vs_noise_d2.png}: for each signal, the
     * mean inner-90 % RMSE against the noise level (Gaussian noise, uniform sampling, n = 1000),
     * one line per method, oracles dashed; noise level 0 is drawn at {@value #ZERO_NOISE_AT} %.
     *
     * @param results the run's results
     * @param dir the output directory
     * @throws IOException if a file cannot be written
     */
    public static void errorVsNoise(Results results, Path dir) throws IOException {
        writeErrorVsNoise(results, Results.Metric.D1_INNER, "first", dir.resolve("error_vs_noise_d1.png"));
        writeErrorVsNoise(results, Results.Metric.D2_INNER, "second", dir.resolve("error_vs_noise_d2.png"));
    }

    private static void writeErrorVsNoise(Results results, Results.Metric metric, String order, Path file)
            throws IOException {
        List<String> signals = results.cells().stream().map(c -> c.signal().name()).distinct().toList();
        List<XYChart> charts = new ArrayList<>();
        for (String signal : signals) {
            List<Cell> cells = results.cells().stream()
                    .filter(c -> c.signal().name().equals(signal) && c.noise() == NoiseModel.GAUSSIAN
                            && c.sampling() == Sampling.UNIFORM && c.n() == Grid.BASE_N)
                    .sorted((a, b) -> Double.compare(a.level(), b.level())).toList();
            XYChart chart = new XYChartBuilder().width(560).height(380).title(signal)
                    .xAxisTitle("noise, % of signal std").yAxisTitle("RMSE of " + order + " derivative").build();
            style(chart, charts.isEmpty());
            chart.getStyler().setXAxisLogarithmic(true);
            chart.getStyler().setYAxisLogarithmic(true);
            for (Variant v : results.variants()) {
                List<Double> x = new ArrayList<>();
                List<Double> y = new ArrayList<>();
                for (Cell c : cells) {
                    double e = results.mean(c, v, metric);
                    if (Double.isFinite(e) && e > 0) {
                        x.add(c.level() == 0 ? ZERO_NOISE_AT : c.level() * 100);
                        y.add(e);
                    }
                }
                Color color = PALETTE[indexOf(results, v) % PALETTE.length];
                if (!x.isEmpty()) {
                    XYSeries s = chart.addSeries(v.name(), x, y);
                    s.setLineColor(color);
                    s.setMarkerColor(color);
                    s.setMarker(SeriesMarkers.CIRCLE);
                    s.setLineStyle(v.oracle() ? SeriesLines.DASH_DASH : SeriesLines.SOLID);
                }
            }
            if (chart.getSeriesMap().isEmpty()) {
                continue;
            }
            charts.add(chart);
        }
        if (charts.isEmpty()) {
            return;
        }
        int cols = Math.min(3, charts.size());
        int rows = (charts.size() + cols - 1) / cols;
        BitmapEncoder.saveBitmap(new ArrayList<>(charts), rows, cols, withoutExtension(file),
                BitmapEncoder.BitmapFormat.PNG);
    }

    /** Colour index: defaults take consecutive colours; an oracle takes its default method's. */
    private static int indexOf(Results results, Variant v) {
        int k = 0;
        for (Variant w : results.variants()) {
            if (w.method() == v.method()) {
                return k;
            }
            k += w.oracle() ? 0 : 1;
        }
        return k;
    }

    /**
     * Writes {@code example.png}: the noisy samples of one cell (seed 0) with the clean signal, and
     * below it the true first derivative with each method's estimate.
     *
     * @param cell the example cell
     * @param d1ByMethod each method's first derivative at the sample times (methods that failed are absent)
     * @param dir the output directory
     * @throws IOException if the file cannot be written
     */
    public static void example(Cell cell, Map<String, double[]> d1ByMethod, Path dir) throws IOException {
        Cell.Dataset data = cell.dataset(0);
        String title = cell.signal().name() + ", " + cell.sampling().label() + " sampling, " + cell.levelLabel()
                + " " + cell.noise().label() + " noise, n = " + cell.n();
        XYChart top = new XYChartBuilder().width(1100).height(450).title(title).xAxisTitle("t").yAxisTitle("y")
                .build();
        style(top, true);
        XYSeries samples = top.addSeries("samples", data.t(), data.y());
        samples.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        samples.setMarkerColor(new Color(150, 150, 150));
        samples.setMarker(SeriesMarkers.CIRCLE);
        XYSeries clean = top.addSeries("signal", data.t(), data.clean());
        clean.setLineColor(Color.BLACK);
        clean.setMarker(SeriesMarkers.NONE);
        XYChart bottom = new XYChartBuilder().width(1100).height(450)
                .title("first derivative (axis clipped to twice the range of the truth)")
                .xAxisTitle("t").yAxisTitle("dy/dt").build();
        style(bottom, true);
        XYSeries truth = bottom.addSeries("truth", data.t(), data.d1());
        truth.setLineColor(Color.BLACK);
        truth.setLineWidth(3f);
        truth.setMarker(SeriesMarkers.NONE);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : data.d1()) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        bottom.getStyler().setYAxisMin(lo - 0.5 * (hi - lo));
        bottom.getStyler().setYAxisMax(hi + 0.5 * (hi - lo));
        int k = 0;
        for (Map.Entry<String, double[]> e : d1ByMethod.entrySet()) {
            XYSeries s = bottom.addSeries(e.getKey(), data.t(), e.getValue());
            s.setLineColor(PALETTE[k++ % PALETTE.length]);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineWidth(1.2f);
        }
        BitmapEncoder.saveBitmap(List.of(top, bottom), 2, 1, withoutExtension(dir.resolve("example.png")),
                BitmapEncoder.BitmapFormat.PNG);
    }

    private static void style(XYChart chart, boolean legend) {
        Styler styler = chart.getStyler();
        styler.setLegendVisible(legend);
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setMarkerSize(4);
    }

    private static String withoutExtension(Path file) {
        String s = file.toString();
        return s.endsWith(".png") ? s.substring(0, s.length() - 4) : s;
    }
}
