package org.manara.streamjobs.sink;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic Elasticsearch document ids, so a replayed post overwrites its own document instead
 * of adding a second one. Elasticsearch caps ids at 512 bytes; longer ids (the validator allows
 * 2,048 characters) become {@code sha256:<hex>} of the id, still deterministic.
 */
public final class DocumentIds {
    static final int MAX_ID_BYTES = 512;

    public static String of(String postId) {
        byte[] utf8 = postId.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= MAX_ID_BYTES) {
            return postId;
        }
        try {
            return "sha256:"
                    + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private DocumentIds() {}
}
