/**
 * Model-free estimators that work on the samples themselves: finite differences with Fornberg (1988)
 * weights on non-uniform x, registered as method {@code fd}, the unsmoothed baseline.
 */
package jdelt.estimators;
