package org.manara.rules.format;

import java.util.Locale;
import java.util.Optional;

/** How serious a label or rule is, for queue ordering and dashboards: low to critical. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(String key) {
        for (Severity s : values()) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
