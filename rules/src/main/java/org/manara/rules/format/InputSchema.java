package org.manara.rules.format;

import static org.manara.rules.format.FieldType.BOOL;
import static org.manara.rules.format.FieldType.DOUBLE;
import static org.manara.rules.format.FieldType.INT;
import static org.manara.rules.format.FieldType.STRING;
import static org.manara.rules.format.FieldType.STRING_LIST;
import static org.manara.rules.format.FieldType.TIMESTAMP;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.manara.model.Category;

/**
 * The fields a rule can read, in one place: the engine declares them to CEL (so a misspelt field is
 * a type error when the rule loads) and the test parser accepts exactly these in embedded tests.
 * {@code scores} has one double per {@link Category}; {@code counters} has one int per counter
 * declared in {@code counters.yaml}.
 */
public final class InputSchema {

    public static final Map<String, FieldType> POST =
            ordered(
                    "id", STRING,
                    "platform", STRING,
                    "text", STRING,
                    "normalized_text", STRING,
                    "lang", STRING,
                    "urls", STRING_LIST,
                    "domains", STRING_LIST,
                    "hashtags", STRING_LIST,
                    "mentions", STRING_LIST,
                    "created_at", TIMESTAMP,
                    "is_reply", BOOL,
                    "is_repost", BOOL);

    public static final Map<String, FieldType> AUTHOR =
            ordered(
                    "id", STRING,
                    "handle", STRING,
                    "age_days", INT,
                    "followers", INT,
                    "following", INT,
                    "verified", BOOL,
                    "prior_actions", INT);

    public static final Map<String, FieldType> CAMPAIGN =
            ordered("id", STRING, "size", INT, "score", DOUBLE);

    /**
     * Author fields that are absent (test with {@code has(author.age_days)}) when the platform did
     * not report them; every other field of post and author is always present.
     */
    public static final Set<String> AUTHOR_OPTIONAL = Set.of("age_days", "followers", "following");

    /** The variables a {@code when} expression sees. */
    public static final Set<String> VARIABLES =
            Set.of("post", "author", "scores", "counters", "campaign");

    private static Map<String, FieldType> ordered(Object... kv) {
        Map<String, FieldType> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (FieldType) kv[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    private InputSchema() {}
}
