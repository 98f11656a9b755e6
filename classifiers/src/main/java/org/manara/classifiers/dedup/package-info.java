/**
 * Near-duplicate fingerprints: {@link org.manara.classifiers.dedup.Fingerprinter} computes a
 * SimHash, a MinHash signature and LSH band keys per post over normalised character shingles, for
 * clustering copy-paste campaigns.
 */
package org.manara.classifiers.dedup;
