package org.manara.streamjobs.testing;

import java.util.List;
import org.manara.classifiers.dedup.Fingerprinter;
import org.manara.classifiers.lang.LanguageIdentifier;
import org.manara.streamjobs.pipeline.PostAnalyzer;

/** A post analyser with three candidate languages (en, ar, fr): quick to load in tests. */
public final class TestAnalyzer {
    private static final class Holder {
        static final PostAnalyzer SHARED =
                new PostAnalyzer(
                        LanguageIdentifier.builder().languages(List.of("en", "ar", "fr")).build(),
                        Fingerprinter.create());
    }

    /** One per JVM. */
    public static PostAnalyzer shared() {
        return Holder.SHARED;
    }

    private TestAnalyzer() {}
}
