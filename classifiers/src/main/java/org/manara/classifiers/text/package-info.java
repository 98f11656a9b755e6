/**
 * Text folding for matching with offsets back to the original post: {@link
 * org.manara.classifiers.text.Normalizer} builds {@link org.manara.classifiers.text.NormalizedText}
 * (folded text, offset map, tokens). Scorers match lexicons and n-grams against the folded text and
 * report evidence spans in the original.
 */
package org.manara.classifiers.text;
