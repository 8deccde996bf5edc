/**
 * Local polynomial methods: LOESS and LOWESS (Cleveland 1979; Cleveland &amp; Devlin 1988) and
 * Savitzky–Golay filters on non-uniform x (Savitzky &amp; Golay 1964), windows chosen from the data.
 */
package jdelt.interpolation.local;
