/**
 * Stanford CoreNLP pipelines for English and Arabic ({@link
 * org.manara.classifiers.nlp.CoreNlpPipelines}), exposing tokens, lemmas, POS tags and named
 * entities with original-text spans as records for scorers and trend detection.
 */
package org.manara.classifiers.nlp;
