package jdelt.bench.multivariate;

import jdelt.interpolation.multivariate.FittedField;

/**
 * Root-mean-square errors of a fitted field's partials against a surface's exact ones over
 * evaluation points: the gradient (over all its components), the mixed partial
 * {@code ∂²f/∂x1∂x2}, and the Laplacian.
 *
 * @param gradient the gradient RMSE
 * @param mixed the RMSE of {@code ∂²f/∂x1∂x2}
 * @param laplacian the Laplacian RMSE
 */
record Errors(double gradient, double mixed, double laplacian) {

    static Errors of(FittedField fit, Surface s, double[][] at) {
        double g = 0;
        double m = 0;
        double l = 0;
        int d = s.d();
        for (double[] p : at) {
            double[] gf = fit.gradient(p);
            double[] gt = s.gradient(p);
            for (int j = 0; j < d; j++) {
                g += (gf[j] - gt[j]) * (gf[j] - gt[j]);
            }
            double[][] hf = fit.hessian(p);
            double[][] ht = s.hessian(p);
            m += (hf[0][1] - ht[0][1]) * (hf[0][1] - ht[0][1]);
            double lf = 0;
            double lt = 0;
            for (int j = 0; j < d; j++) {
                lf += hf[j][j];
                lt += ht[j][j];
            }
            l += (lf - lt) * (lf - lt);
        }
        int n = at.length;
        return new Errors(Math.sqrt(g / (n * d)), Math.sqrt(m / n), Math.sqrt(l / n));
    }
}
