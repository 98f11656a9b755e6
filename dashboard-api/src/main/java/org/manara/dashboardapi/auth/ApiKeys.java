package org.manara.dashboardapi.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Creates API keys and the hashes the configuration stores instead of them. A key is 32 random
 * bytes (256 bits) from {@link SecureRandom}, URL-safe base64, prefixed {@value #PREFIX} so secret
 * scanners and people recognise it. Such keys cannot be guessed or brute-forced from their hash, so
 * a plain SHA-256 is enough; a slow password KDF would only add latency to every request.
 */
public final class ApiKeys {
    /** Every generated key starts with this. */
    public static final String PREFIX = "manara_";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new random key and its SHA-256 hex hash. */
    public static GeneratedKey generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new GeneratedKey(key, sha256Hex(key));
    }

    /** The lowercase hex SHA-256 of the key's UTF-8 bytes: what goes into the configuration. */
    public static String sha256Hex(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private ApiKeys() {}
}
