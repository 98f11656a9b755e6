package org.manara.embedded.elasticsearch;

import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;

/** Hands a stock Lucene analyzer to Elasticsearch under a name. */
final class LuceneAnalyzerProvider<T extends Analyzer> extends AbstractIndexAnalyzerProvider<T> {
    private final T analyzer;

    LuceneAnalyzerProvider(String name, Settings settings, Supplier<T> factory) {
        super(name, settings);
        this.analyzer = factory.get();
    }

    @Override
    public T get() {
        return analyzer;
    }
}
