/**
 * Differentiation of every series of a grouped Apache Spark Dataset ({@link jdelt.spark.JdeltSpark})
 * and the {@code spark-submit} job around it ({@link jdelt.spark.DifferentiateJob}): each group is
 * one series, fitted on one executor with the same jdelt code as a local run.
 */
package jdelt.spark;
