package jdelt.bench.multivariate;

import java.util.List;

/**
 * A test function of d variables with exact partial derivatives up to order 2, as a sum of
 * products of {@link Factor}s, on the box {@code [lo, hi]^d}: the surfaces of the multivariate
 * benchmark, among them PyDelt's examples (x·y, x² + y², x²y + y), a monkey saddle, Franke's
 * function (R. Franke, "Scattered data interpolation: tests of some methods", Math. Comp. 38,
 * 1982), sin·cos, a Gaussian bump and one function of three variables.
 *
 * @param name the name shown in tables
 * @param d the number of variables
 * @param lo the lower end of every axis
 * @param hi the upper end of every axis
 * @param terms the products summed
 */
record Surface(String name, int d, double lo, double hi, List<Term> terms) {

    /** One product {@code coefficient · Π_j factors[j](x_j)}. */
    record Term(double coefficient, Factor... factors) {
    }

    /** @return {@code ∂^(o1+..+od) f / ∂x1^o1 ... ∂xd^od} at p */
    double partial(double[] p, int... orders) {
        double sum = 0;
        for (Term t : terms) {
            double product = t.coefficient();
            for (int j = 0; j < d; j++) {
                product *= t.factors()[j].at(p[j], orders[j]);
            }
            sum += product;
        }
        return sum;
    }

    double value(double[] p) {
        return partial(p, new int[d]);
    }

    double[] gradient(double[] p) {
        double[] g = new double[d];
        for (int j = 0; j < d; j++) {
            int[] o = new int[d];
            o[j] = 1;
            g[j] = partial(p, o);
        }
        return g;
    }

    double[][] hessian(double[] p) {
        double[][] h = new double[d][d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                int[] o = new int[d];
                o[a]++;
                o[b]++;
                h[a][b] = partial(p, o);
            }
        }
        return h;
    }

    private static final Factor ONE = Factor.polynomial(1);
    private static final Factor X = Factor.polynomial(0, 1);
    private static final Factor X2 = Factor.polynomial(0, 0, 1);

    static final Surface PRODUCT = new Surface("x·y", 2, -2, 2, List.of(new Term(1, X, X)));
    static final Surface SQUARES = new Surface("x²+y²", 2, -2, 2, List.of(new Term(1, X2, ONE), new Term(1, ONE, X2)));
    static final Surface PYDELT_CUBIC = new Surface("x²y+y", 2, -2, 2,
            List.of(new Term(1, X2, X), new Term(1, ONE, X)));
    static final Surface MONKEY_SADDLE = new Surface("x³−3xy² (saddle)", 2, -1, 1,
            List.of(new Term(1, Factor.polynomial(0, 0, 0, 1), ONE), new Term(-3, X, X2)));
    static final Surface FRANKE = new Surface("Franke", 2, 0, 1, List.of(
            new Term(0.75, Factor.expQuadratic(-1, 9, -81.0 / 4), Factor.expQuadratic(-1, 9, -81.0 / 4)),
            new Term(0.75, Factor.expQuadratic(-1.0 / 49, -18.0 / 49, -81.0 / 49), Factor.expQuadratic(-0.1, -0.9, 0)),
            new Term(0.5, Factor.expQuadratic(-49.0 / 4, 126.0 / 4, -81.0 / 4), Factor.expQuadratic(-9.0 / 4, 54.0 / 4, -81.0 / 4)),
            new Term(-0.2, Factor.expQuadratic(-16, 72, -81), Factor.expQuadratic(-49, 126, -81))));
    static final Surface SIN_COS = new Surface("sin(πx)cos(πy)", 2, -1, 1,
            List.of(new Term(1, Factor.sine(Math.PI, 0), Factor.sine(Math.PI, Math.PI / 2))));
    static final Surface BUMP = new Surface("exp(−5(x²+y²))", 2, -1, 1,
            List.of(new Term(1, Factor.expQuadratic(0, 0, -5), Factor.expQuadratic(0, 0, -5))));
    static final Surface THREE_D = new Surface("sin(2x)cos(y)exp(z)", 3, -1, 1,
            List.of(new Term(1, Factor.sine(2, 0), Factor.sine(1, Math.PI / 2), Factor.expQuadratic(0, 1, 0))));

    /** @return every surface of the benchmark */
    static List<Surface> all() {
        return List.of(PRODUCT, SQUARES, PYDELT_CUBIC, MONKEY_SADDLE, FRANKE, SIN_COS, BUMP, THREE_D);
    }
}
