package org.manara.classifiers.text;

import java.util.List;

/**
 * Leetspeak and elongation folding for matching: "fr33 c@sh!!!" becomes "free cash!" and "looooser"
 * becomes "loser". Applied after {@link EntityScanner} so URLs, e-mails, mentions and hashtag marks
 * are left alone.
 *
 * <p>Digits are letters in disguise only inside words: pure numbers (prices, phone numbers, years)
 * never change, nor do quantities and ordinals ("10k", "5g", "1st", "4u"), nor digit groups with a
 * digit that has no letter reading ("covid19"). Runs of three or more identical non-digit
 * characters collapse to one: elongation is almost always three or more ("sooo", "yesss",
 * "جميييل"), while doubled letters are usually spelling ("free", "good"). The price is that an
 * elongated double letter loses both ("freeeee" becomes "fre"); lexicon entries go through the same
 * folding, so "free" still matches "free" and "fr33".
 */
final class LeetFolding {

    private LeetFolding() {}

    /** The letter a leet character stands for, or 0. */
    static char letterFor(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1', '!' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            case '|' -> 'l';
            default -> 0;
        };
    }

    static MappedText apply(MappedText in, List<Entity> entities) {
        return squeeze(unleet(in, entities), entities);
    }

    /** Length-preserving: each leet char becomes one letter, so entity positions still hold. */
    private static MappedText unleet(MappedText in, List<Entity> entities) {
        String s = in.text;
        int n = s.length();
        char[] chars = null;
        int e = 0;
        int i = 0;
        while (i < n) {
            if (e < entities.size() && entities.get(e).start() <= i) {
                i = Math.max(i, entities.get(e).end());
                e++;
                continue;
            }
            int limit = e < entities.size() ? entities.get(e).start() : n;
            if (!isRunChar(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < limit && isRunChar(s.charAt(i))) {
                i++;
            }
            chars = foldRun(s, start, i, chars);
        }
        return chars == null
                ? in
                : new MappedText(in.original, new String(chars), in.starts, in.ends);
    }

    private static boolean isRunChar(char c) {
        return Character.isLetter(c)
                || Character.getType(c) == Character.NON_SPACING_MARK
                || (c >= '0' && c <= '9')
                || letterFor(c) != 0;
    }

    private static char[] foldRun(String s, int start, int end, char[] chars) {
        // Sentence punctuation around a word is not leet.
        while (start < end && (s.charAt(start) == '!' || s.charAt(start) == '|')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '!' || s.charAt(end - 1) == '|')) {
            end--;
        }
        int letters = 0;
        for (int k = start; k < end; k++) {
            if (Character.isLetter(s.charAt(k))) {
                letters++;
            }
        }
        if (letters == 0) {
            return chars;
        }
        int k = start;
        while (k < end) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                int g = k;
                boolean mapped = true;
                while (k < end && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
                    mapped &= letterFor(s.charAt(k)) != 0;
                    k++;
                }
                if (mapped && digitsAreLetters(s, start, end, g, k)) {
                    chars = replace(s, g, k, chars);
                }
            } else {
                if (letterFor(c) != 0) {
                    chars = replace(s, k, k + 1, chars);
                }
                k++;
            }
        }
        return chars;
    }

    /** Whether digit group {@code [g, k)} of word {@code [start, end)} spells letters. */
    private static boolean digitsAreLetters(String s, int start, int end, int g, int k) {
        int len = k - g;
        if (g == start) {
            return len == 1 && end - k >= 3; // "3vil", but not "1st", "10k", "4u"
        }
        if (k == end) {
            return len <= 2 && g - start >= 2; // "fr33", "sh1t"
        }
        return len <= 3; // "l00ser", "h4ck"
    }

    private static char[] replace(String s, int from, int to, char[] chars) {
        char[] c = chars == null ? s.toCharArray() : chars;
        for (int k = from; k < to; k++) {
            c[k] = letterFor(s.charAt(k));
        }
        return c;
    }

    /** Collapses runs of three or more identical non-digit characters to one. */
    private static MappedText squeeze(MappedText in, List<Entity> entities) {
        String s = in.text;
        int n = s.length();
        MappedText.Builder out = null;
        int copied = 0;
        int e = 0;
        int i = 0;
        while (i < n) {
            if (e < entities.size() && entities.get(e).start() <= i) {
                i = Math.max(i, entities.get(e).end());
                e++;
                continue;
            }
            int limit = e < entities.size() ? entities.get(e).start() : n;
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            int j = i + len;
            int count = 1;
            while (j + len <= limit && s.codePointAt(j) == cp) {
                j += len;
                count++;
            }
            if (count >= 3 && !(cp >= '0' && cp <= '9') && cp != ' ') {
                if (out == null) {
                    out = in.builder();
                }
                out.copy(copied, i);
                out.append(s.substring(i, i + len), i, j);
                copied = j;
            }
            i = j;
        }
        if (out == null) {
            return in;
        }
        out.copy(copied, n);
        return out.build();
    }
}
