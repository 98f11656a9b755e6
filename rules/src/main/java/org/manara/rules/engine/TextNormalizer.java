package org.manara.rules.engine;

/**
 * Folds text into the form word sets are matched in. Rules use it for {@code post.normalized_text}
 * when the pipeline does not supply one, for {@code contains_any} and for the items of word sets,
 * so text and lists always meet in the same form. The default is {@link BasicTextNormalizer}; the
 * pipeline plugs in the classifiers' full normaliser (homoglyphs, leetspeak) with {@code
 * Normalizer.standard()::fold}. Implementations must be thread-safe and idempotent.
 */
@FunctionalInterface
public interface TextNormalizer {
    String normalize(String text);

    static TextNormalizer basic() {
        return BasicTextNormalizer.INSTANCE;
    }
}
