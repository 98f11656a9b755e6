package org.manara.classifiers.nlp;

import java.util.List;

/**
 * What CoreNLP found in one post. {@code analyzed} is false (and the lists empty) for languages
 * without a pipeline, so callers need no special case.
 */
public record NlpAnalysis(
        String language, boolean analyzed, List<NlpToken> tokens, List<NlpEntity> entities) {

    public NlpAnalysis {
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
    }

    public static NlpAnalysis notAnalyzed(String language) {
        return new NlpAnalysis(language, false, List.of(), List.of());
    }

    /** Lemmas where the pipeline has them, else the words, lower-cased by the caller as needed. */
    public List<String> lemmas() {
        return tokens.stream().map(t -> t.lemma() != null ? t.lemma() : t.word()).toList();
    }

    public int sentences() {
        return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
    }
}
