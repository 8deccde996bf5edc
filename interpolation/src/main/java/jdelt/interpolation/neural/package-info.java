/**
 * The neural interpolator: small multilayer perceptrons with exact derivatives by forward-mode
 * Taylor propagation (Griewank &amp; Walther 2008): by default one layer of deterministically placed
 * tanh units with a closed-form penalized output layer and a width chosen by validation, or explicit
 * layers trained by Adam then L-BFGS; as an ensemble.
 */
package jdelt.interpolation.neural;
