package org.manara.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a verdict does with a post, from weakest to strongest: when several rules match, the
 * strongest action wins.
 */
public enum Action {
    ALLOW,
    LABEL,
    FLAG,
    ESCALATE,
    HOLD,
    REMOVE,
    SUSPEND_ACCOUNT;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Action fromKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }

    public boolean strongerThan(Action other) {
        return compareTo(other) > 0;
    }

    /** Whether a human should look at posts with this action (every action from flag up). */
    public boolean needsReview() {
        return compareTo(FLAG) >= 0;
    }
}
