package org.manara.classifiers.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Supplier;
import org.manara.classifiers.text.NormalizedText;
import org.manara.classifiers.text.Normalizer;

/**
 * Manara's CoreNLP pipelines: English (tokenize, ssplit, pos, lemma, ner) and Arabic (tokenize with
 * the clitic segmenter, ssplit, pos). Each pipeline is built on first use (English loads in about 5
 * s and 170 MB of heap, Arabic about 8 s and 160 MB) and then shared: {@code
 * StanfordCoreNLP.annotate} keeps no per-document state in the annotators these pipelines use,
 * which CoreNlpPipelinesIT checks by annotating the same posts from several threads.
 *
 * <p>Before annotation, URLs, e-mail addresses, mentions, emoji and invisible characters are
 * replaced by spaces of the same length: they are not language and confuse the taggers, and
 * same-length masking keeps every CoreNLP offset an offset into the original post.
 */
public final class CoreNlpPipelines {

    private final Normalizer normalizer;
    private final Lazy english;
    private final Lazy arabic;

    private CoreNlpPipelines(Normalizer normalizer, Properties english, Properties arabic) {
        this.normalizer = normalizer;
        this.english = new Lazy(() -> new StanfordCoreNLP(english));
        this.arabic = new Lazy(() -> new StanfordCoreNLP(arabic));
    }

    /** The default pipelines (nothing is loaded until first use). */
    public static CoreNlpPipelines create() {
        return new CoreNlpPipelines(
                Normalizer.standard(), PipelineConfig.english(), PipelineConfig.arabic());
    }

    /**
     * Pipelines with CoreNLP properties layered over the defaults (e.g. {@code ner.model} to use
     * CoreNLP's three default NER models).
     */
    public static CoreNlpPipelines create(Properties englishOverrides, Properties arabicOverrides) {
        Properties en = PipelineConfig.english();
        en.putAll(englishOverrides);
        Properties ar = PipelineConfig.arabic();
        ar.putAll(arabicOverrides);
        return new CoreNlpPipelines(Normalizer.standard(), en, ar);
    }

    /** Whether {@code language} (ISO 639-1) has a pipeline. */
    public boolean supports(String language) {
        return "en".equals(language) || "ar".equals(language);
    }

    /**
     * Analyses {@code text} with the pipeline of {@code language}; other languages give {@link
     * NlpAnalysis#notAnalyzed}.
     */
    public NlpAnalysis analyze(String text, String language) {
        return analyze(normalizer.normalize(text), language);
    }

    /** As {@link #analyze(String, String)}, reusing a post's normalisation for the masking. */
    public NlpAnalysis analyze(NormalizedText text, String language) {
        Objects.requireNonNull(text, "text");
        if ("en".equals(language)) {
            return annotate(english.get(), text, "en");
        }
        if ("ar".equals(language)) {
            return annotate(arabic.get(), text, "ar");
        }
        return NlpAnalysis.notAnalyzed(language);
    }

    /** Loads the English pipeline now instead of on first use (e.g. at job start). */
    public void warmUpEnglish() {
        english.get();
    }

    /** Loads the Arabic pipeline now instead of on first use. */
    public void warmUpArabic() {
        arabic.get();
    }

    private static NlpAnalysis annotate(StanfordCoreNLP nlp, NormalizedText text, String lang) {
        CoreDocument doc = new CoreDocument(Masking.mask(text));
        nlp.annotate(doc);
        List<NlpToken> tokens = new ArrayList<>(doc.tokens().size());
        for (CoreLabel t : doc.tokens()) {
            Integer sentence = t.get(CoreAnnotations.SentenceIndexAnnotation.class);
            tokens.add(
                    new NlpToken(
                            t.word(),
                            t.lemma(),
                            t.tag(),
                            t.ner(),
                            t.beginPosition(),
                            t.endPosition(),
                            sentence == null ? 0 : sentence));
        }
        List<NlpEntity> entities = new ArrayList<>();
        if (doc.entityMentions() != null) {
            for (CoreEntityMention m : doc.entityMentions()) {
                Pair<Integer, Integer> span = m.charOffsets();
                entities.add(new NlpEntity(m.text(), m.entityType(), span.first, span.second));
            }
        }
        return new NlpAnalysis(lang, true, tokens, entities);
    }

    /** Builds a pipeline once, on first use, safely across threads. */
    private static final class Lazy {
        private final Supplier<StanfordCoreNLP> factory;
        private volatile StanfordCoreNLP value;

        Lazy(Supplier<StanfordCoreNLP> factory) {
            this.factory = factory;
        }

        StanfordCoreNLP get() {
            StanfordCoreNLP v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = factory.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
