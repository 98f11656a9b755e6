package org.manara.rules.format;

import java.util.List;

/**
 * A named set from {@code sets/<kind>/<name>.txt} or {@code .yaml}: word and phrase lists, domain
 * lists, account lists. Items are kept as written; the engine canonicalises them.
 */
public record SetDefinition(
        String name, SetKind kind, String description, List<Item> items, SourceRef at) {

    public SetDefinition {
        items = List.copyOf(items);
    }

    /** One item and where it was written. */
    public record Item(String value, SourceRef at) {}
}
