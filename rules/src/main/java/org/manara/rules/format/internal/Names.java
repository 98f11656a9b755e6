package org.manara.rules.format.internal;

import java.util.regex.Pattern;

/** The shapes of names in rule files, checked so that they are safe in CEL, paths and metrics. */
public final class Names {
    /** Labels, counters and sets: lower snake case. */
    public static final Pattern SIMPLE = Pattern.compile("[a-z][a-z0-9_]*");

    /** Rule ids: dot-separated lower snake case, e.g. {@code spam.link_farm}. */
    public static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

    private Names() {}
}
