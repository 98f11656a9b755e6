/**
 * Counters declared in {@code counters.yaml}: what to count (posts or distinct values), grouped by
 * which key, over which sliding window. The stream job computes them; rules read them as {@code
 * counters.<name>}.
 */
package org.manara.rules.counters;
