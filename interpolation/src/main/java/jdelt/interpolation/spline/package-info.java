/**
 * Penalized smoothing splines of odd degree 2m − 1 (Reinsch 1967; Wahba 1990; Eilers &amp; Marx 1996):
 * banded B-spline normal equations, lambda by GCV or REML, knot thinning for large n, exact derivatives.
 */
package jdelt.interpolation.spline;
