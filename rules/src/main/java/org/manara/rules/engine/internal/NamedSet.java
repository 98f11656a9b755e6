package org.manara.rules.engine.internal;

import org.manara.rules.format.SetKind;

/** A named set ready for matching, its items canonicalised for its kind. */
public interface NamedSet {
    String name();

    SetKind kind();

    int size();

    /** Whether {@code value}, canonicalised like the items, is one of them. */
    boolean contains(String value);
}
