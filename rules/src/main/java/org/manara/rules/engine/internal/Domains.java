package org.manara.rules.engine.internal;

import java.net.IDN;
import java.util.Locale;

/**
 * Host names in one canonical form, for post domains and domain sets alike: lower case, ASCII
 * (IDNA) form, no trailing dot, no leading {@code www.}.
 */
public final class Domains {

    /** The canonical host of a URL, with or without a scheme; null when there is none. */
    public static String fromUrl(String url) {
        String s = url.strip();
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        }
        int end = s.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = s.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        s = s.substring(0, end);
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            s = s.substring(at + 1);
        }
        if (s.startsWith("[")) {
            return null; // IPv6 literal: not a domain
        }
        int colon = s.indexOf(':');
        if (colon >= 0) {
            s = s.substring(0, colon);
        }
        String host = canonical(s);
        return host.isEmpty() ? null : host;
    }

    public static String canonical(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.startsWith("www.")) {
            h = h.substring(4);
        }
        if (!h.chars().allMatch(c -> c < 0x80)) {
            try {
                h = IDN.toASCII(h, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                // not a valid IDN: keep the Unicode form, which still compares consistently
            }
        }
        return h;
    }

    private Domains() {}
}
