/**
 * Records that pause: {@code GapRule} finds the gaps (a spacing far beyond the local median spacing),
 * {@code Segmented} fits any method to each segment apart, {@code SegmentedFit} joins the fits, NaN in the gaps.
 */
package jdelt.interpolation.segment;
