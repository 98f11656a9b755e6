package org.manara.rules.counters;

import java.util.Locale;
import java.util.Optional;

/**
 * What a counter groups posts by. A post with several values for a key (several URLs or hashtags)
 * contributes to each, and its counter value is the largest of them.
 */
public enum CounterKey {
    AUTHOR,
    URL,
    DOMAIN,
    HASHTAG,
    /** The near-duplicate fingerprint the classifiers compute for the text. */
    FINGERPRINT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CounterKey> parse(String key) {
        for (CounterKey k : values()) {
            if (k.key().equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
