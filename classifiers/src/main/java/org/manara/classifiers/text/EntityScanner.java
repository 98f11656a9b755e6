package org.manara.classifiers.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds URLs, e-mail addresses, mentions and hashtags in case-folded text. They become single
 * tokens and are protected from leetspeak and repeat folding (a digit in a URL or user name is not
 * a letter in disguise). A hand-written scanner rather than regular expressions: it runs twice per
 * post and regex backtracking over every word was most of the normaliser's time.
 */
final class EntityScanner {

    /**
     * Top-level domains that make a bare "word.tld" a link: the generic ones, the ones URL
     * shorteners and spam campaigns use, and the country codes of Manara's main languages.
     */
    private static final Set<String> TLDS =
            Set.of(
                    "com", "net", "org", "info", "biz", "io", "co", "me", "ly", "gl", "gd", "to",
                    "cc", "ws", "tk", "ml", "ga", "cf", "gq", "xyz", "top", "club", "online",
                    "site", "live", "shop", "store", "app", "link", "click", "win", "vip", "bid",
                    "loan", "work", "tv", "news", "us", "uk", "ca", "au", "in", "pk", "sa", "ae",
                    "eg", "ma", "dz", "tn", "qa", "kw", "bh", "om", "jo", "lb", "iq", "sy", "ye",
                    "ir", "tr", "ru", "ua", "de", "fr", "es", "it", "nl", "be", "ch", "pt", "br",
                    "mx", "id", "my", "ng", "ke", "za", "cn", "jp", "kr");

    private EntityScanner() {}

    /** Entities in order of position, never overlapping. */
    static List<Entity> scan(String text) {
        List<Entity> found = new ArrayList<>(4);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '/' && text.startsWith("//", i) && i >= 5) {
                scanSchemeUrl(text, i, found);
            } else if (c == 'w' && text.startsWith("www.", i) && boundary(text, i)) {
                add(found, TokenType.URL, i, urlEnd(text, i + 4));
            } else if (c == '.' && i > 0 && i + 1 < n && isDomainLetter(text.charAt(i + 1))) {
                scanBareDomain(text, i, found);
            } else if (c == '@') {
                scanAt(text, i, found);
            } else if (c == '#') {
                scanHashtag(text, i, found);
            }
            if (!found.isEmpty()) {
                // Never look inside an entity just found.
                i = Math.max(i, found.get(found.size() - 1).end() - 1);
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static void scanSchemeUrl(String text, int slashes, List<Entity> found) {
        int start;
        if (text.startsWith("https:", slashes - 6)) {
            start = slashes - 6;
        } else if (text.startsWith("http:", slashes - 5)) {
            start = slashes - 5;
        } else {
            return;
        }
        if (boundary(text, start)) {
            add(found, TokenType.URL, start, urlEnd(text, slashes + 2));
        }
    }

    /** A dot between domain labels: is the run around it a host name ending in a known TLD? */
    private static void scanBareDomain(String text, int dot, List<Entity> found) {
        int start = dot;
        while (start > 0 && isDomainChar(text.charAt(start - 1))) {
            start--;
        }
        int end = dot + 1;
        while (end < text.length() && isDomainChar(text.charAt(end))) {
            end++;
        }
        if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            return; // "paypal.comلا": the host runs into other letters
        }
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (Character.isLetterOrDigit(before) || before == '@' || before == '_') {
                return;
            }
        }
        int hostEnd = end;
        while (hostEnd > start
                && (text.charAt(hostEnd - 1) == '.' || text.charAt(hostEnd - 1) == '-')) {
            hostEnd--;
        }
        int lastDot = text.lastIndexOf('.', hostEnd - 1);
        if (lastDot <= start || text.charAt(start) == '.' || text.charAt(start) == '-') {
            return;
        }
        if (!TLDS.contains(text.substring(lastDot + 1, hostEnd))) {
            return;
        }
        int urlEnd = hostEnd;
        if (hostEnd == end && end < text.length() && "/?#".indexOf(text.charAt(end)) >= 0) {
            urlEnd = urlEnd(text, end);
        }
        add(found, TokenType.URL, start, urlEnd);
    }

    private static void scanAt(String text, int at, List<Entity> found) {
        int localStart = at;
        while (localStart > 0 && isLocalPartChar(text.charAt(localStart - 1))) {
            localStart--;
        }
        if (localStart < at) {
            int end = at + 1;
            while (end < text.length() && isDomainChar(text.charAt(end))) {
                end++;
            }
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            int dot = text.indexOf('.', at + 2);
            if (dot > at + 1 && dot < end - 1) {
                add(found, TokenType.EMAIL, localStart, end);
            }
            return;
        }
        if (at > 0 && (nameCharBefore(text, at) || text.charAt(at - 1) == '@')) {
            return;
        }
        int end = at + 1;
        for (int len; (len = nameCharAt(text, end)) > 0; ) {
            end += len;
        }
        if (end > at + 1) {
            add(found, TokenType.MENTION, at, end);
        }
    }

    private static void scanHashtag(String text, int hash, List<Entity> found) {
        if (hash > 0) {
            char before = text.charAt(hash - 1);
            if (nameCharBefore(text, hash) || before == '&' || before == '#') {
                return;
            }
        }
        int end = hash + 1;
        boolean word = false;
        for (int len; (len = nameCharAt(text, end)) > 0; ) {
            word |= !Character.isDigit(text.codePointAt(end));
            end += len;
        }
        if (word) {
            add(found, TokenType.HASHTAG, hash, end);
        }
    }

    /** Links end at whitespace or quotes; sentence punctuation after them is not part of them. */
    private static int urlEnd(String text, int from) {
        int end = from;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (Character.isWhitespace(c) || c == '<' || c == '>' || c == '"') {
                break;
            }
            end++;
        }
        while (end > from && ".,;:!?)]}'\"".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static boolean boundary(String text, int i) {
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static boolean isDomainLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDomainChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }

    private static boolean isLocalPartChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "._%+-".indexOf(c) >= 0;
    }

    /**
     * The length of the mention/hashtag character (letter, mark, digit or underscore in any script)
     * at {@code i}, or 0.
     */
    private static int nameCharAt(String text, int i) {
        if (i >= text.length()) {
            return 0;
        }
        char c = text.charAt(i);
        if (c < 0x80) {
            boolean name =
                    (c >= 'a' && c <= 'z')
                            || (c >= '0' && c <= '9')
                            || (c >= 'A' && c <= 'Z')
                            || c == '_';
            return name ? 1 : 0;
        }
        int cp = text.codePointAt(i);
        int type = Character.getType(cp);
        boolean name =
                Character.isLetterOrDigit(cp)
                        || type == Character.NON_SPACING_MARK
                        || type == Character.COMBINING_SPACING_MARK;
        return name ? Character.charCount(cp) : 0;
    }

    private static boolean nameCharBefore(String text, int i) {
        if (i == 0) {
            return false;
        }
        int cp = text.codePointBefore(i);
        return nameCharAt(text, i - Character.charCount(cp)) > 0;
    }

    private static void add(List<Entity> found, TokenType type, int start, int end) {
        if (end <= start) {
            return;
        }
        for (Entity e : found) {
            if (start < e.end() && e.start() < end) {
                return;
            }
        }
        found.add(new Entity(type, start, end));
    }
}
