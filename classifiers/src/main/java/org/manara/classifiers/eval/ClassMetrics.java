package org.manara.classifiers.eval;

/** Precision, recall and F1 of one class, with its support (gold count). */
public record ClassMetrics(double precision, double recall, double f1, long support) {}
