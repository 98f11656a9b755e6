package org.manara.embedded.junit;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Names no other test in this run (or a run sharing a persistent broker or node) uses, so tests can
 * share one broker and one node and still run in parallel.
 */
public final class UniqueNames {
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private UniqueNames() {}

    /**
     * {@code <prefix>-<n>-<run>}: legal as a Kafka topic (letters, digits, '.', '_', '-'; at most
     * 249 characters).
     */
    public static String topic(String prefix) {
        String name = clean(prefix, false) + "-" + COUNTER.incrementAndGet() + "-" + RUN;
        if (name.length() > 249) {
            throw new IllegalArgumentException("topic prefix too long: " + prefix);
        }
        return name;
    }

    /**
     * {@code <prefix>-<n>-<run>} in lower case: legal as an Elasticsearch index (no upper case, no
     * leading '-', '_' or '+', at most 255 bytes).
     */
    public static String index(String prefix) {
        String name = clean(prefix, true) + "-" + COUNTER.incrementAndGet() + "-" + RUN;
        if (name.length() > 255) {
            throw new IllegalArgumentException("index prefix too long: " + prefix);
        }
        return name;
    }

    private static String clean(String prefix, boolean lowerCase) {
        String value = prefix == null || prefix.isBlank() ? "test" : prefix.strip();
        if (lowerCase) {
            value = value.toLowerCase(Locale.ROOT);
        }
        value = value.replaceAll("[^A-Za-z0-9._-]", "_");
        while (value.startsWith("-") || value.startsWith("_") || value.startsWith(".")) {
            value = value.substring(1);
        }
        return value.isEmpty() ? "test" : value;
    }
}
