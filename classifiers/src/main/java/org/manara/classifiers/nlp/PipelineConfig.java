package org.manara.classifiers.nlp;

import java.util.Properties;

/** The CoreNLP properties of Manara's English and Arabic pipelines. */
final class PipelineConfig {

    private PipelineConfig() {}

    /**
     * tokenize, ssplit, pos, lemma, ner. NER uses the CoNLL 4-class CRF (PERSON, LOCATION,
     * ORGANIZATION, MISC) instead of CoreNLP's default three stacked CRFs, and no SUTime, numeric
     * classifiers or fine-grained regexner: on tweets that is about 1.5x faster with half the heap
     * (measured in docs/benchmarks.md), and dates and numbers are not what trends are made of.
     */
    static Properties english() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        // Emoji and other symbols are kept as tokens quietly instead of one warning per char.
        p.setProperty("tokenize.options", "untokenizable=noneKeep");
        p.setProperty(
                "ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        return p;
    }

    /**
     * tokenize (with the Arabic clitic segmenter), ssplit, pos, from
     * StanfordCoreNLP-arabic.properties in the models-arabic jar, without its constituency parser
     * (slow, and nothing here uses trees).
     */
    static Properties arabic() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("tokenize.language", "ar");
        p.setProperty(
                "segment.model",
                "edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.ser.gz");
        p.setProperty("ssplit.boundaryTokenRegex", "[.]|[!?]+|[!\\u061F]+");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/arabic.tagger");
        return p;
    }
}
