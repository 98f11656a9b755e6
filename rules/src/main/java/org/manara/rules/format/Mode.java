package org.manara.rules.format;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a rule's matches act ({@code enforce}) or are only recorded next to the verdict ({@code
 * shadow}), so a new rule can be watched on live traffic before it decides anything.
 */
public enum Mode {
    ENFORCE,
    SHADOW;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Mode> parse(String key) {
        for (Mode m : values()) {
            if (m.key().equals(key)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
