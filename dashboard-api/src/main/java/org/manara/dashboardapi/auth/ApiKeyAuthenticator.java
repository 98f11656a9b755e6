package org.manara.dashboardapi.auth;

import io.dropwizard.auth.Authenticator;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Turns a presented bearer key into a principal by hashing it and comparing the hash with every
 * configured one in constant time. The loop never exits early, so timing does not reveal which
 * entry (if any) matched.
 */
public final class ApiKeyAuthenticator implements Authenticator<String, ApiKeyPrincipal> {
    private record Entry(byte[] sha256, ApiKeyPrincipal principal) {}

    private final List<Entry> entries;

    public ApiKeyAuthenticator(List<ConfiguredKey> keys) {
        this.entries =
                keys.stream()
                        .map(k -> new Entry(HexFormat.of().parseHex(k.getSha256()), k.principal()))
                        .toList();
    }

    @Override
    public Optional<ApiKeyPrincipal> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty()) {
            return Optional.empty();
        }
        byte[] presented = ApiKeys.sha256(presentedKey);
        ApiKeyPrincipal found = null;
        for (Entry entry : entries) {
            boolean match = MessageDigest.isEqual(entry.sha256(), presented);
            if (match && found == null) {
                found = entry.principal();
            }
        }
        return Optional.ofNullable(found);
    }
}
