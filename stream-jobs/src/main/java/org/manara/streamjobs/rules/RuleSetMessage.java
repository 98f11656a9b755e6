package org.manara.streamjobs.rules;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.manara.model.Json;
import org.manara.rules.format.RuleSource;

/**
 * A published rule set as it travels over the {@code rules} topic and through broadcast state: the
 * files (path to content, sorted by path), their content-hash version, when and by whom it was
 * published.
 *
 * <p>{@code files} is declared as a {@link Map} (kept sorted here) rather than a {@code SortedMap}
 * so that Flink serialises the record as a POJO with its map serializer instead of falling back to
 * Kryo.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RuleSetMessage(
        String version, Map<String, String> files, Instant publishedAt, String publisher) {

    public RuleSetMessage {
        files =
                Collections.unmodifiableSortedMap(
                        files == null ? new TreeMap<>() : new TreeMap<>(files));
    }

    /** The message for {@code source}, versioned by its content hash. */
    public static RuleSetMessage of(RuleSource source, String publisher, Instant publishedAt) {
        return new RuleSetMessage(source.version(), source.files(), publishedAt, publisher);
    }

    /** The files as a rule source, to load or validate. */
    public RuleSource toSource() {
        return RuleSource.of(files);
    }

    /**
     * Whether {@code version} is the content hash of {@code files}. A message that is not was not
     * written by {@link RulesTopic#publish} (or was altered on the way) and is not applied: the
     * version is what every verdict reports, so it must name exactly these files.
     */
    public boolean consistent() {
        return version != null && version.equals(toSource().version());
    }

    public byte[] toJson() {
        try {
            return Json.mapper().writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rule set " + version + " as JSON", e);
        }
    }

    /** Parses a message; throws on anything that is not one. */
    public static RuleSetMessage fromJson(byte[] json) throws IOException {
        RuleSetMessage m = Json.mapper().readValue(json, RuleSetMessage.class);
        if (m == null) {
            throw new IOException("a JSON null is not a rule set");
        }
        return m;
    }
}
