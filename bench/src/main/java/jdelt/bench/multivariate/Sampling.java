package jdelt.bench.multivariate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Where the benchmark samples a surface: a full n^d grid, n uniform random points, or n points
 * drawn around five cluster centres (Gaussian, deviation 12 % of the box, redrawn until inside),
 * all with fixed seeds; and where it evaluates the estimates: inside the box shrunk by 10 % at
 * each end, at the grid nodes there (at most about {@value #MAX_EVAL} of them, evenly thinned) or,
 * for scattered samples, on a lattice.
 *
 * @param name the name shown in tables
 * @param kind grid, uniform or clustered
 * @param d the dimension
 * @param n nodes per axis for a grid, else the number of points
 */
record Sampling(String name, Kind kind, int d, int n) {

    /** The kinds of sampling. */
    enum Kind { GRID, UNIFORM, CLUSTERED }

    /** Most evaluation points. */
    static final int MAX_EVAL = 1000;

    boolean grid() {
        return kind == Kind.GRID;
    }

    double[][] points(Surface s, long seed) {
        double lo = s.lo();
        double hi = s.hi();
        if (kind == Kind.GRID) {
            return lattice(d, n, lo, hi);
        }
        Random r = new Random(seed);
        double[][] p = new double[n][d];
        double[][] centres = new double[5][d];
        for (double[] c : centres) {
            for (int j = 0; j < d; j++) {
                c[j] = lo + (hi - lo) * (0.15 + 0.7 * r.nextDouble());
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                if (kind == Kind.UNIFORM) {
                    p[i][j] = lo + (hi - lo) * r.nextDouble();
                } else {
                    double v;
                    do {
                        v = centres[i % 5][j] + 0.12 * (hi - lo) * r.nextGaussian();
                    } while (v < lo || v > hi);
                    p[i][j] = v;
                }
            }
        }
        return p;
    }

    /** The evaluation points for samples {@code points} of surface s. */
    double[][] evaluation(Surface s, double[][] points) {
        double margin = 0.1 * (s.hi() - s.lo());
        double lo = s.lo() + margin;
        double hi = s.hi() - margin;
        if (kind != Kind.GRID) {
            return lattice(d, d == 2 ? 21 : 9, lo, hi);
        }
        List<double[]> inner = new ArrayList<>();
        for (double[] p : points) {
            boolean inside = true;
            for (double v : p) {
                inside &= v >= lo - 1e-12 && v <= hi + 1e-12;
            }
            if (inside) {
                inner.add(p);
            }
        }
        int stride = Math.max(1, inner.size() / MAX_EVAL);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < inner.size(); i += stride) {
            out.add(inner.get(i));
        }
        return out.toArray(new double[0][]);
    }

    private static double[][] lattice(int d, int n, double lo, double hi) {
        int total = (int) Math.pow(n, d);
        double[][] p = new double[total][d];
        for (int i = 0; i < total; i++) {
            int rest = i;
            for (int j = d - 1; j >= 0; j--) {
                p[i][j] = lo + (hi - lo) * (rest % n) / (n - 1);
                rest /= n;
            }
        }
        return p;
    }

    /** @return the samplings of the full benchmark for dimension d */
    static List<Sampling> all(int d) {
        if (d == 3) {
            return List.of(new Sampling("grid 16³", Kind.GRID, 3, 16), new Sampling("uniform 3000", Kind.UNIFORM, 3, 3000),
                    new Sampling("clustered 3000", Kind.CLUSTERED, 3, 3000));
        }
        return List.of(new Sampling("grid 41²", Kind.GRID, 2, 41), new Sampling("grid 100²", Kind.GRID, 2, 100),
                new Sampling("uniform 400", Kind.UNIFORM, 2, 400), new Sampling("uniform 2000", Kind.UNIFORM, 2, 2000),
                new Sampling("clustered 2000", Kind.CLUSTERED, 2, 2000));
    }
}
