package org.manara.rules.format;

import java.util.Locale;
import java.util.Optional;

/**
 * What a named set holds, which decides how its items and the values tested against it are
 * canonicalised: words and phrases are normalised like post text and matched as whole words;
 * domains are lower-cased host names matched with their subdomains; accounts are ids or handles
 * compared case-insensitively without a leading {@code @}.
 */
public enum SetKind {
    WORDS,
    DOMAINS,
    ACCOUNTS;

    /** The directory under {@code sets/} that holds sets of this kind. */
    public String directory() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SetKind> fromDirectory(String dir) {
        for (SetKind k : values()) {
            if (k.directory().equals(dir)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
