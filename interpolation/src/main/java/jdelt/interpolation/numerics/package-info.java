/**
 * Numerical kernels shared by the methods: B-spline bases (de Boor 1978), banded symmetric
 * factorizations, piecewise polynomials, sliding-window least squares, bandwidth windows and the
 * difference-based noise estimate (Gasser, Sroka &amp; Jennen-Steinmetz 1986), with the noise-free
 * check and the running noise variance built on it.
 */
package jdelt.interpolation.numerics;
