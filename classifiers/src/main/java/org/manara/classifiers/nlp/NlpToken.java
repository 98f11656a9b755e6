package org.manara.classifiers.nlp;

/**
 * One CoreNLP token: the word as CoreNLP split it (Arabic clitics are their own tokens), its lemma
 * (English only, else null), part-of-speech tag (Penn Treebank for English, the ATB-derived tag set
 * for Arabic), NER label (English only, "O" outside entities, else null), its span {@code [start,
 * end)} in the original post (UTF-16 offsets) and its sentence index.
 */
public record NlpToken(
        String word, String lemma, String pos, String ner, int start, int end, int sentence) {}
