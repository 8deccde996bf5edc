/**
 * Partial derivatives of functions of several variables from samples: the contract
 * ({@code MultivariateInterpolator} fits, {@code FittedField} gives value, gradient, Hessian,
 * Laplacian, any partial, as Commons Math functions; {@code FittedVectorField} the Jacobian,
 * divergence and curl; {@code MultivariateDerivatives} under PyDelt's names), validation, duplicate
 * merging, grid detection, the registry, and the methods: a tensor-product P-spline on grids
 * (Eilers &amp; Marx 1996; Currie, Durbán &amp; Eilers 2006; GCV per axis), local quadratic
 * regression on scattered points (Cleveland &amp; Devlin 1988; k-d tree; leave-one-out CV), a
 * thin-plate smoothing spline (Wahba 1990; GCV), and a tanh network of d inputs with exact
 * forward-mode gradient and Hessian (Griewank &amp; Walther 2008; weight decay and early stopping
 * on held-out samples).
 */
package jdelt.interpolation.multivariate;
