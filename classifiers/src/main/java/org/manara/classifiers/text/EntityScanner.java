package org.manara.classifiers.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds URLs, e-mail addresses, mentions and hashtags in case-folded text. They become single
 * tokens and are protected from leetspeak and repeat folding (a digit in a URL or user name is not
 * a letter in disguise).
 */
final class EntityScanner {

    /**
     * Top-level domains that make a bare "word.tld" a link: the generic ones, the ones URL
     * shorteners and spam campaigns use, and the country codes of Manara's main languages.
     */
    private static final String TLDS =
            "com|net|org|info|biz|io|co|me|ly|gl|gd|to|cc|ws|tk|ml|ga|cf|gq|xyz|top|club|online"
                    + "|site|live|shop|store|app|link|click|win|vip|bid|loan|work|tv|news|us|uk"
                    + "|ca|au|in|pk|sa|ae|eg|ma|dz|tn|qa|kw|bh|om|jo|lb|iq|sy|ye|ir|tr|ru|ua"
                    + "|de|fr|es|it|nl|be|ch|pt|br|mx|id|my|ng|ke|za|cn|jp|kr";

    private static final Pattern URL =
            Pattern.compile(
                    "(?:https?://|www\\.)[^\\s<>\"]+"
                            + "|(?<![\\p{L}\\p{N}@._-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:"
                            + TLDS
                            + ")(?![\\p{L}\\p{N}-])(?:[/?#][^\\s<>\"]*)?");
    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\p{L}\\p{N}._%+-])[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+");
    private static final Pattern MENTION =
            Pattern.compile("(?<![\\p{L}\\p{N}_@])@[\\p{L}\\p{M}\\p{N}_]+");
    private static final Pattern HASHTAG =
            Pattern.compile(
                    "(?<![\\p{L}\\p{N}_&#])#[\\p{L}\\p{M}\\p{N}_]*[\\p{L}\\p{M}_][\\p{L}\\p{M}\\p{N}_]*");

    private EntityScanner() {}

    /** Entities in order of position, never overlapping. */
    static List<Entity> scan(String text) {
        List<Entity> found = new ArrayList<>(4);
        if (text.indexOf('.') >= 0 || text.indexOf(':') >= 0) {
            addAll(found, EMAIL, TokenType.EMAIL, text);
            addAll(found, URL, TokenType.URL, text);
        }
        if (text.indexOf('@') >= 0) {
            addAll(found, MENTION, TokenType.MENTION, text);
        }
        if (text.indexOf('#') >= 0) {
            addAll(found, HASHTAG, TokenType.HASHTAG, text);
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static void addAll(List<Entity> found, Pattern p, TokenType type, String text) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int end = m.end();
            if (type == TokenType.URL) {
                // Sentence punctuation after a link is not part of it.
                while (end > m.start() && ".,;:!?)]}'\"".indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
            }
            if (!overlaps(found, m.start(), end)) {
                found.add(new Entity(type, m.start(), end));
            }
        }
    }

    private static boolean overlaps(List<Entity> found, int start, int end) {
        for (Entity e : found) {
            if (start < e.end() && e.start() < end) {
                return true;
            }
        }
        return false;
    }
}
