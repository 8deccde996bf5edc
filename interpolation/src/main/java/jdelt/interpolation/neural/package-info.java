/**
 * The neural interpolator: small multilayer perceptrons with exact derivatives by forward-mode
 * Taylor propagation (Griewank &amp; Walther 2008), trained by Adam then L-BFGS, as an ensemble.
 */
package jdelt.interpolation.neural;
