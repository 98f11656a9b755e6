package org.manara.rules.engine;

import java.util.ArrayList;
import java.util.List;
import org.manara.rules.counters.CounterKey;
import org.manara.rules.counters.CounterSpec;

/**
 * The keys under which a post counts for a counter, for whoever computes the counters (the stream
 * job keys its state by them): the author id, each URL, each canonical domain, each hashtag, or the
 * text fingerprint keys. A post's counter value is the largest over its keys.
 *
 * <p>The fingerprint of a text is not one key but the first {@link #FINGERPRINT_BANDS} LSH band
 * keys of its MinHash signature: two near-copies rarely have equal signatures, but they share at
 * least one band key with good probability (Jaccard 0.9: 99 %, 0.8: 88 %, 0.7: 67 % with 4 rows per
 * band), so "posts with this fingerprint" counts the near-copies under the band key they share; a
 * campaign of many copies is counted under the keys most of them share. Four of the 32 bands keep
 * the fan-out per post small: each key is a counter request, a shuffle and a state entry.
 */
public final class CounterKeys {

    /** How many LSH band keys of a text count as its fingerprint keys. */
    public static final int FINGERPRINT_BANDS = 4;

    /**
     * The fingerprint keys of a text from its LSH band keys (in band order): the first {@link
     * #FINGERPRINT_BANDS} non-empty ones; empty for a text without a fingerprint (no shingles).
     */
    public static List<String> fingerprintKeys(List<String> lshBands) {
        if (lshBands == null || lshBands.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(FINGERPRINT_BANDS);
        for (String band : lshBands) {
            if (band != null && !band.isEmpty()) {
                out.add(band);
                if (out.size() == FINGERPRINT_BANDS) {
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The values of {@code key} for a post; empty when it has none (a post without URLs). {@code
     * fingerprints} are the text's fingerprint keys ({@link #fingerprintKeys}), possibly empty.
     */
    public static List<String> of(
            CounterKey key, PostFacts post, AuthorFacts author, List<String> fingerprints) {
        return switch (key) {
            case AUTHOR -> author.id().isEmpty() ? List.of() : List.of(author.id());
            case URL -> post.urls();
            case DOMAIN -> post.domains();
            case HASHTAG -> post.hashtags();
            case FINGERPRINT -> fingerprints == null ? List.of() : List.copyOf(fingerprints);
        };
    }

    /** The keys a post counts under for {@code spec}. */
    public static List<String> of(
            CounterSpec spec, PostFacts post, AuthorFacts author, List<String> fingerprints) {
        return of(spec.key(), post, author, fingerprints);
    }

    /**
     * For a distinct counter, the values this post contributes (its author for "distinct authors
     * per URL"); empty for a counter of posts.
     */
    public static List<String> distinctValues(
            CounterSpec spec, PostFacts post, AuthorFacts author, List<String> fingerprints) {
        return spec.isDistinct()
                ? distinctValues(spec.distinct(), post, author, fingerprints)
                : List.of();
    }

    /**
     * The values a post contributes to a count of distinct {@code field} values. A text contributes
     * one fingerprint value, its first key: counting all its band keys would count each text
     * several times.
     */
    public static List<String> distinctValues(
            CounterKey field, PostFacts post, AuthorFacts author, List<String> fingerprints) {
        List<String> values = of(field, post, author, fingerprints);
        return field == CounterKey.FINGERPRINT && values.size() > 1
                ? List.of(values.get(0))
                : values;
    }

    private CounterKeys() {}
}
