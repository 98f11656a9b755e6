package org.manara.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * What the pipeline learnt about a post's text before scoring it: the normalised form rules match
 * against, the language (the integrator's {@code lang} when given, otherwise detected, {@code und}
 * when undetermined) with its confidence (1 when given), and the near-duplicate fingerprint: the
 * 64-bit SimHash and the LSH band keys of its MinHash signature, as 16-digit hex strings.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TextAnalysis(
        String normalizedText,
        String lang,
        double langConfidence,
        String simhash,
        List<String> lshBands) {

    public TextAnalysis {
        normalizedText = normalizedText == null ? "" : normalizedText;
        lang = lang == null || lang.isBlank() ? "und" : lang;
        lshBands = lshBands == null ? List.of() : List.copyOf(lshBands);
    }
}
