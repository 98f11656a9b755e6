package org.manara.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates raw post JSON and reports every problem at once (field and reason), never just the
 * first: a producer fixing its output should see the whole list. Thread-safe.
 */
public final class PostValidator {
    /** Set up once: {@code ObjectMapper.readTree} looks its deserialiser up on every call. */
    private static final ObjectReader TREE = Json.mapper().readerFor(JsonNode.class);

    /** Default cap on {@code text}, in Unicode code points. */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 10_000;

    /** Cap on every other string field, in UTF-16 units. */
    static final int MAX_FIELD_LENGTH = 2_048;

    /** Cap on the number of items in each list field. */
    static final int MAX_LIST_ITEMS = 1_000;

    private final int maxTextLength;

    public PostValidator() {
        this(DEFAULT_MAX_TEXT_LENGTH);
    }

    public PostValidator(int maxTextLength) {
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("maxTextLength must be positive: " + maxTextLength);
        }
        this.maxTextLength = maxTextLength;
    }

    public int maxTextLength() {
        return maxTextLength;
    }

    /** Parses and validates one raw record (UTF-8 JSON). */
    public ValidationResult validate(byte[] raw) {
        if (raw == null || raw.length == 0) {
            return ValidationResult.invalid(List.of(new Problem("$", "empty record")));
        }
        JsonNode node;
        try {
            node = TREE.readTree(raw);
        } catch (JsonProcessingException e) {
            return ValidationResult.invalid(
                    List.of(new Problem("$", "not valid JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            return ValidationResult.invalid(
                    List.of(new Problem("$", "not valid JSON: " + e.getMessage())));
        }
        return validate(node);
    }

    /** Validates an already parsed JSON value. */
    public ValidationResult validate(JsonNode node) {
        if (node == null || !node.isObject()) {
            return ValidationResult.invalid(List.of(new Problem("$", "expected a JSON object")));
        }
        Fields f = new Fields(node, "");
        String id = f.string("id", true, MAX_FIELD_LENGTH);
        String platform = f.string("platform", false, MAX_FIELD_LENGTH);
        Author author = author(node.get("author"), f.problems);
        String text = f.text("text", maxTextLength);
        String lang = f.string("lang", false, 32);
        Instant createdAt = f.timestamp("created_at", true);
        String replyTo = f.string("reply_to", false, MAX_FIELD_LENGTH);
        String repostOf = f.string("repost_of", false, MAX_FIELD_LENGTH);
        String quoteOf = f.string("quote_of", false, MAX_FIELD_LENGTH);
        List<String> urls = f.strings("urls");
        List<String> hashtags = f.strings("hashtags");
        List<String> mentions = f.strings("mentions");
        List<String> mediaHashes = f.strings("media_hashes");
        if (!f.problems.isEmpty()) {
            return ValidationResult.invalid(f.problems);
        }
        return ValidationResult.ok(
                new Post(
                        id,
                        platform,
                        author,
                        text,
                        lang,
                        createdAt,
                        replyTo,
                        repostOf,
                        quoteOf,
                        urls,
                        hashtags,
                        mentions,
                        mediaHashes));
    }

    private static Author author(JsonNode node, List<Problem> problems) {
        if (node == null || node.isNull()) {
            problems.add(new Problem("author", "is required"));
            return null;
        }
        if (!node.isObject()) {
            problems.add(new Problem("author", "must be an object"));
            return null;
        }
        Fields f = new Fields(node, "author.", problems);
        String id = f.string("id", true, MAX_FIELD_LENGTH);
        String handle = f.string("handle", false, MAX_FIELD_LENGTH);
        Instant createdAt = f.timestamp("created_at", false);
        Long followers = f.count("followers");
        Long following = f.count("following");
        return new Author(id, handle, createdAt, followers, following);
    }

    /** Reads typed fields of one JSON object, adding a problem for each bad one. */
    private static final class Fields {
        final JsonNode node;
        final String prefix;
        final List<Problem> problems;

        Fields(JsonNode node, String prefix) {
            this(node, prefix, new ArrayList<>());
        }

        Fields(JsonNode node, String prefix, List<Problem> problems) {
            this.node = node;
            this.prefix = prefix;
            this.problems = problems;
        }

        void problem(String field, String reason) {
            problems.add(new Problem(prefix + field, reason));
        }

        JsonNode present(String field, boolean required) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    problem(field, "is required");
                }
                return null;
            }
            return v;
        }

        String string(String field, boolean required, int maxLength) {
            JsonNode v = present(field, required);
            if (v == null) {
                return null;
            }
            if (!v.isTextual()) {
                problem(field, "must be a string");
                return null;
            }
            String s = v.textValue();
            if (required && s.isBlank()) {
                problem(field, "must not be blank");
                return null;
            }
            if (s.length() > maxLength) {
                problem(field, "is longer than " + maxLength + " characters");
                return null;
            }
            return checkCharacters(field, s, false) ? s : null;
        }

        String text(String field, int maxCodePoints) {
            JsonNode v = present(field, true);
            if (v == null) {
                return null;
            }
            if (!v.isTextual()) {
                problem(field, "must be a string");
                return null;
            }
            String s = v.textValue();
            boolean ok = true;
            if (s.isBlank()) {
                problem(field, "must not be blank");
                ok = false;
            }
            int length = s.codePointCount(0, s.length());
            if (length > maxCodePoints) {
                problem(field, "is " + length + " characters long; the limit is " + maxCodePoints);
                ok = false;
            }
            ok &= checkCharacters(field, s, true);
            return ok ? s : null;
        }

        /**
         * Rejects unpaired surrogates and control characters (tab and newlines allowed in text).
         */
        boolean checkCharacters(String field, String s, boolean allowLineBreaks) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        i++;
                        continue;
                    }
                    problem(field, "has an unpaired surrogate at index " + i);
                    return false;
                }
                if (Character.isLowSurrogate(c)) {
                    problem(field, "has an unpaired surrogate at index " + i);
                    return false;
                }
                boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
                if (Character.getType(c) == Character.CONTROL && !(allowLineBreaks && lineBreak)) {
                    problem(
                            field,
                            String.format("has control character U+%04X at index %d", (int) c, i));
                    return false;
                }
            }
            return true;
        }

        Instant timestamp(String field, boolean required) {
            JsonNode v = present(field, required);
            if (v == null) {
                return null;
            }
            if (!v.isTextual()) {
                problem(field, "must be an ISO-8601 timestamp string");
                return null;
            }
            try {
                return Timestamps.parse(v.textValue());
            } catch (DateTimeParseException e) {
                problem(
                        field,
                        "is not an ISO-8601 timestamp with offset (e.g. 2026-03-01T12:00:00Z): "
                                + abbreviate(v.textValue()));
                return null;
            }
        }

        Long count(String field) {
            JsonNode v = present(field, false);
            if (v == null) {
                return null;
            }
            if (!v.canConvertToExactIntegral() || !v.canConvertToLong() || v.asLong() < 0) {
                problem(field, "must be a non-negative integer");
                return null;
            }
            return v.asLong();
        }

        List<String> strings(String field) {
            JsonNode v = present(field, false);
            if (v == null) {
                return List.of();
            }
            if (!v.isArray()) {
                problem(field, "must be an array of strings");
                return List.of();
            }
            if (v.size() > MAX_LIST_ITEMS) {
                problem(field, "has " + v.size() + " items; the limit is " + MAX_LIST_ITEMS);
                return List.of();
            }
            List<String> out = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                JsonNode item = v.get(i);
                String name = field + "[" + i + "]";
                if (!item.isTextual()) {
                    problem(name, "must be a string");
                } else if (item.textValue().length() > MAX_FIELD_LENGTH) {
                    problem(name, "is longer than " + MAX_FIELD_LENGTH + " characters");
                } else if (checkCharacters(name, item.textValue(), false)) {
                    out.add(item.textValue());
                }
            }
            return out;
        }

        private static String abbreviate(String s) {
            return s.length() <= 40 ? "'" + s + "'" : "'" + s.substring(0, 40) + "...'";
        }
    }
}
