package org.manara.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The fixed vocabulary of policy categories every classifier scores in [0, 1]. */
public enum Category {
    SPAM,
    OFFENSIVE,
    HATE,
    HARASSMENT,
    THREAT,
    SEXUAL,
    SELF_HARM;

    /** The snake_case name used in JSON, rules ({@code scores.self_harm}) and Elasticsearch. */
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Category fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
