package org.manara.classifiers.text;

import java.util.List;
import java.util.Objects;

/**
 * Folds post text so that evasive spellings match: NFKC, case folding, invisible-character removal,
 * diacritic stripping, Arabic letter and digit folding, homoglyph folding with ICU confusable
 * skeletons, leetspeak and elongation folding; every folded char keeps its span in the original
 * text. Build once (it precomputes the confusable tables, a few tens of milliseconds) and share:
 * {@link #normalize} is thread-safe.
 *
 * <p>Lexicon entries and patterns should be folded with the same instance ({@link #fold}) so they
 * meet the text in the same form.
 */
public final class Normalizer {

    private static final class Holder {
        static final Normalizer STANDARD = new Normalizer();
    }

    private final ConfusableFolding confusables;

    public Normalizer() {
        this.confusables = new ConfusableFolding();
    }

    /** A process-wide instance, built on first use. */
    public static Normalizer standard() {
        return Holder.STANDARD;
    }

    public NormalizedText normalize(String original) {
        Objects.requireNonNull(original, "original");
        MappedText literal = confusables.apply(UnicodeFolding.apply(MappedText.identity(original)));
        // Links, addresses and user names are identifiers, not words: leave their digits alone.
        // Hashtags are words and get folded like them.
        List<Entity> protectedSpans =
                EntityScanner.scan(literal.text).stream()
                        .filter(e -> e.type() != TokenType.HASHTAG)
                        .toList();
        MappedText matching = LeetFolding.apply(literal, protectedSpans);
        return new NormalizedText(matching, literal);
    }

    /** The matching form of {@code s}, for lexicon entries and patterns. */
    public String fold(String s) {
        return normalize(s).text();
    }
}
