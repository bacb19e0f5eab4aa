package org.ccgsim.bench;

/**
 * The random draws of one replication's monthly steps: every primitive draw from MASON's
 * generator by kind, and the same draws seen as variates (the Poisson counts with their means,
 * and the primitive draws made outside them).
 */
record Draws(DrawCounts primitive, DrawCounts outsidePoisson, double[] poissonMeans) {}
