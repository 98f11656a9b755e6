package org.manara.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * A record Manara could not accept, kept whole: the raw bytes (base64, plus the text when they are
 * valid UTF-8), every problem found, and where the record came from.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeadLetter(
        String rawBase64,
        String rawText,
        List<Problem> problems,
        String source,
        Instant deadLetteredAt) {

    public DeadLetter {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public static DeadLetter of(byte[] raw, List<Problem> problems, String source, Instant at) {
        return new DeadLetter(
                Base64.getEncoder().encodeToString(raw), utf8OrNull(raw), problems, source, at);
    }

    public byte[] raw() {
        return Base64.getDecoder().decode(rawBase64);
    }

    private static String utf8OrNull(byte[] raw) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
