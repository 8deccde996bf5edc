/**
 * The contract every jdelt method implements — {@link jdelt.interpolation.Interpolator} fits samples,
 * {@link jdelt.interpolation.FittedCurve} is the immutable fit with its derivatives and
 * {@link jdelt.interpolation.FitSummary}, {@link jdelt.interpolation.Curve} is one derivative — with the one
 * validation and standardisation path ({@link jdelt.interpolation.StandardizedFit},
 * {@link jdelt.interpolation.Samples}), the reported data preparation and the method registry.
 */
package jdelt.interpolation;
