package org.manara.dashboardapi.auth;

/**
 * A freshly generated API key and its SHA-256 hex hash. Show the key to its owner once; store only
 * the hash. {@link #toString()} leaves the key out so it cannot leak through a log line.
 */
public record GeneratedKey(String key, String sha256) {

    @Override
    public String toString() {
        return "GeneratedKey[sha256=" + sha256 + "]";
    }
}
