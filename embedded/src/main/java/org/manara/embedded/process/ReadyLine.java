package org.manara.embedded.process;

import java.util.Optional;

/**
 * The one line a child server prints on standard output once it serves: {@code READY <address>},
 * where the address is what clients need (a bootstrap servers string or an HTTP URL).
 */
public final class ReadyLine {
    /** Every ready line starts with this. */
    public static final String PREFIX = "READY ";

    private ReadyLine() {}

    /** The line announcing {@code address}. */
    public static String format(String address) {
        if (address == null || address.isBlank() || address.contains("\n")) {
            throw new IllegalArgumentException("address must be one non-blank line: " + address);
        }
        return PREFIX + address;
    }

    /** The address if {@code line} is a ready line. */
    public static Optional<String> parse(String line) {
        if (line == null || !line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String address = line.substring(PREFIX.length()).strip();
        return address.isEmpty() ? Optional.empty() : Optional.of(address);
    }
}
