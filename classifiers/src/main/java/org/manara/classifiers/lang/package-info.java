/**
 * Language identification of short posts with Lingua: {@link
 * org.manara.classifiers.lang.LanguageIdentifier} returns a {@link
 * org.manara.classifiers.lang.LanguageGuess} (ISO 639-1 code or "und", confidence).
 */
package org.manara.classifiers.lang;
