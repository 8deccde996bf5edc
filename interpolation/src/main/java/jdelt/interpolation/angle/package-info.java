/**
 * Angles and other periodic quantities: {@code Wrapped} unwraps the samples robustly, lets any method fit
 * and differentiate the continuous angle, and wraps the fit back into the period.
 */
package jdelt.interpolation.angle;
