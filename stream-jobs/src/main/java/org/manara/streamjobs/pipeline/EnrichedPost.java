package org.manara.streamjobs.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.manara.model.Post;
import org.manara.model.Scores;
import org.manara.model.TextAnalysis;

/**
 * A valid post on its way through the job: analysed and scored, then given its counter values,
 * before the rules decide. {@code traceId} is unique per record in flight (the same post id may be
 * delivered twice); operators that split a post and join the parts back key by it.
 *
 * <p>The analysis's LSH band keys travel as numbers, in {@code bandKeys}, with {@code analysis}
 * holding none: Flink writes a post twice between operators (to the counter join and on to the
 * rules), and 32 numbers of 8 bytes cost a fraction of 32 strings of 16 hex digits to write and to
 * read back. {@link #fullAnalysis()} gives the analysis with its band keys as the documents carry
 * them. With {@code bandKeys} null, {@code analysis} holds its own: a post built by a test, or one
 * that entered the counter join's state before band keys travelled as numbers (Flink's POJO schema
 * evolution, which covers records, reads such a post with the new field null; no test here restores
 * state written by an earlier build).
 */
public record EnrichedPost(
        Post post,
        TextAnalysis analysis,
        Scores scores,
        Map<String, Long> counters,
        String traceId,
        long[] bandKeys) {

    private static final HexFormat HEX = HexFormat.of();

    public EnrichedPost {
        counters = counters == null ? Map.of() : Map.copyOf(new TreeMap<>(counters));
    }

    /** A post whose {@code analysis} holds its own band keys. */
    public EnrichedPost(
            Post post,
            TextAnalysis analysis,
            Scores scores,
            Map<String, Long> counters,
            String traceId) {
        this(post, analysis, scores, counters, traceId, null);
    }

    /** This post with {@code values} as its counters. */
    public EnrichedPost withCounters(Map<String, Long> values) {
        return new EnrichedPost(post, analysis, scores, values, traceId, bandKeys);
    }

    /** The analysis with its LSH band keys as hex strings; null when the post has none. */
    public TextAnalysis fullAnalysis() {
        if (analysis == null || bandKeys == null) {
            return analysis;
        }
        return new TextAnalysis(
                analysis.normalizedText(),
                analysis.lang(),
                analysis.langConfidence(),
                analysis.simhash(),
                lshBands(bandKeys.length));
    }

    /** The first {@code max} LSH band keys as hex strings (as {@link TextAnalysis} has them). */
    public List<String> lshBands(int max) {
        if (bandKeys == null) {
            List<String> own = analysis == null ? List.of() : analysis.lshBands();
            return own.size() > max ? own.subList(0, max) : own;
        }
        return hexKeys(bandKeys, max);
    }

    /** The first {@code max} of {@code keys} as 16 hex digits each, the form documents carry. */
    static List<String> hexKeys(long[] keys, int max) {
        int n = Math.min(max, keys.length);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(HEX.toHexDigits(keys[i]));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnrichedPost e
                && Objects.equals(post, e.post)
                && Objects.equals(analysis, e.analysis)
                && Objects.equals(scores, e.scores)
                && counters.equals(e.counters)
                && Objects.equals(traceId, e.traceId)
                && Arrays.equals(bandKeys, e.bandKeys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(post, analysis, scores, counters, traceId) * 31
                + Arrays.hashCode(bandKeys);
    }

    @Override
    public String toString() {
        return "EnrichedPost[post="
                + post
                + ", analysis="
                + analysis
                + ", scores="
                + scores
                + ", counters="
                + counters
                + ", traceId="
                + traceId
                + ", bandKeys="
                + Arrays.toString(bandKeys)
                + "]";
    }
}
