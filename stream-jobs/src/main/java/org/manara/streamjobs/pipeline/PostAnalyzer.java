package org.manara.streamjobs.pipeline;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.manara.classifiers.dedup.Fingerprint;
import org.manara.classifiers.dedup.Fingerprinter;
import org.manara.classifiers.lang.LanguageGuess;
import org.manara.classifiers.lang.LanguageIdentifier;
import org.manara.classifiers.text.NormalizedText;
import org.manara.classifiers.text.Normalizer;
import org.manara.model.Post;
import org.manara.model.Scores;
import org.manara.model.TextAnalysis;

/**
 * The text stages before scoring: normalisation, language (the integrator's {@code lang} when the
 * post has one, {@link LanguageIdentifier} over Lingua's models otherwise) and the near-duplicate
 * fingerprint. Thread-safe; {@link #shared()} keeps one per JVM, since the language models are
 * large (see {@code docs/text-stages.md}).
 */
public final class PostAnalyzer {
    private static final HexFormat HEX = HexFormat.of();

    private static final class Holder {
        static final PostAnalyzer SHARED =
                new PostAnalyzer(LanguageIdentifier.create(), Fingerprinter.create());
    }

    private final Normalizer normalizer = Normalizer.standard();
    private final LanguageIdentifier languages;
    private final Fingerprinter fingerprinter;

    public PostAnalyzer(LanguageIdentifier languages, Fingerprinter fingerprinter) {
        this.languages = languages;
        this.fingerprinter = fingerprinter;
    }

    /** One analyser per JVM with the default languages, created on first use. */
    public static PostAnalyzer shared() {
        return Holder.SHARED;
    }

    public TextAnalysis analyse(Post post) {
        return analyse(post, normalize(post));
    }

    /**
     * The post's text (empty when it has none) folded by {@link Normalizer#standard()}: the form
     * the shipped classifiers score ({@code PostClassifier.score(post, text)}) and the job's rule
     * sets fold their word sets in ({@code ApplyRules.loader()}), so neither normalises it again.
     */
    public NormalizedText normalize(Post post) {
        return normalizer.normalize(post.text() == null ? "" : post.text());
    }

    /** The analysis of {@code post} from its text as {@link #normalize} returned it. */
    public TextAnalysis analyse(Post post, NormalizedText text) {
        Fingerprint fp = fingerprinter.fingerprint(text);
        return analysis(post, text, fp, EnrichedPost.hexKeys(fp.bandKeys(), fp.bandKeys().length));
    }

    /**
     * The post as the job carries it, with {@code scores}: the analysis of {@link #analyse(Post,
     * NormalizedText)}, its band keys as numbers ({@link EnrichedPost#bandKeys()}).
     */
    public EnrichedPost enrich(Post post, NormalizedText text, Scores scores, String traceId) {
        Fingerprint fp = fingerprinter.fingerprint(text);
        return new EnrichedPost(
                post,
                analysis(post, text, fp, List.of()),
                scores,
                Map.of(),
                traceId,
                fp.bandKeys());
    }

    private TextAnalysis analysis(
            Post post, NormalizedText text, Fingerprint fp, List<String> bands) {
        String lang;
        double confidence;
        if (post.lang() != null && !post.lang().isBlank()) {
            lang = post.lang().strip();
            confidence = 1.0;
        } else {
            LanguageGuess guess = languages.detect(text);
            lang = guess.language();
            confidence = guess.confidence();
        }
        return new TextAnalysis(
                text.text(),
                lang,
                confidence,
                fp.isEmpty() ? null : HEX.toHexDigits(fp.simhash()),
                bands);
    }
}
