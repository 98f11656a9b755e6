package org.manara.classifiers.features;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.manara.classifiers.text.TokenType;

/**
 * Engineered spam features that generalise beyond the words of the training set: links and link
 * shorteners, phone numbers and SMS short codes, money amounts, prize / crypto / call-to-action
 * terms (English and Arabic lexicons, so an Arabic prize scam fires the same feature an English one
 * trained), shouting (capitals), repeated characters, and the density of mentions, hashtags and
 * emoji. Each value lies in [0, 1]; the model learns their weights.
 */
public final class SpamSignals {
    /** Signal names in tag order; the tag of an occurrence indexes this list. */
    public static final List<String> NAMES =
            List.of(
                    "url",
                    "short_url",
                    "email",
                    "phone",
                    "short_code",
                    "money",
                    "prize_term",
                    "crypto_term",
                    "call_to_action",
                    "caps_ratio",
                    "caps_words",
                    "repeated_chars",
                    "exclamations",
                    "mention_density",
                    "hashtag_density",
                    "emoji_density",
                    "digit_ratio",
                    "length");

    private static final Set<String> SHORTENERS =
            Set.of(
                    "bit.ly",
                    "tinyurl.com",
                    "goo.gl",
                    "t.co",
                    "ow.ly",
                    "is.gd",
                    "buff.ly",
                    "rebrand.ly",
                    "cutt.ly",
                    "shorturl.at",
                    "tiny.cc",
                    "rb.gy",
                    "t.ly",
                    "bl.ink",
                    "s.id",
                    "v.gd",
                    "soo.gd",
                    "clck.ru",
                    "qr.ae",
                    "lnkd.in",
                    "shorte.st",
                    "adf.ly",
                    "bitly.com",
                    "tr.im",
                    "x.co",
                    "wa.me",
                    "t.me");

    private static final Pattern PHONE =
            Pattern.compile(
                    "(?<![\\p{N}\\p{L}])\\+?\\p{N}(?:[ ().-]?\\p{N}){7,14}(?![\\p{N}\\p{L}])");
    private static final Pattern SHORT_CODE =
            Pattern.compile("(?<![\\p{N}\\p{L}.,£$€+-])\\p{N}{5,6}(?![\\p{N}.,])");
    private static final Pattern MONEY =
            Pattern.compile(
                    "[£$€¥₹₿]\\s?\\p{N}[\\p{N},.]*(?:\\s?(?:k|m|bn)\\b)?"
                            + "|\\p{N}[\\p{N},.]*\\s?(?:[£$€¥₹]|usd|gbp|eur|dollars?|pounds?|euros?"
                            + "|bucks|btc|eth|usdt|ريال|دولار|جنيه|درهم|دينار|ليرة)",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Lexicon prize;
    private final Lexicon crypto;
    private final Lexicon action;

    /** The shipped term lists, folded with {@code analyzer}. */
    public static SpamSignals standard(Function<String, TextView> analyzer) {
        String dir = "/org/manara/classifiers/lexicon/";
        return new SpamSignals(
                Lexicon.resource(dir + "spam-prize.txt", analyzer),
                Lexicon.resource(dir + "spam-crypto.txt", analyzer),
                Lexicon.resource(dir + "spam-action.txt", analyzer));
    }

    public SpamSignals(Lexicon prize, Lexicon crypto, Lexicon action) {
        this.prize = prize;
        this.crypto = crypto;
        this.action = action;
    }

    /** Adds every signal that fires to the buffer, with spans in original-text offsets. */
    void extract(TextView view, FeatureBuffer buf, int[] idx) {
        String original = view.original();
        String text = view.normalized();
        int n = view.tokenCount();
        int urls = 0;
        int shortUrls = 0;
        int emails = 0;
        int mentions = 0;
        int hashtags = 0;
        int emoji = 0;
        int words = 0;
        for (int i = 0; i < n; i++) {
            TokenType t = view.tokenType(i);
            int s = view.originalStart(view.tokenStart(i));
            int e = view.originalEnd(view.tokenEnd(i));
            switch (t) {
                case URL -> {
                    urls++;
                    span(buf, idx, 0, s, e);
                    if (isShortener(text, view.tokenStart(i), view.tokenEnd(i))) {
                        shortUrls++;
                        span(buf, idx, 1, s, e);
                    }
                }
                case EMAIL -> {
                    emails++;
                    span(buf, idx, 2, s, e);
                }
                case MENTION -> mentions++;
                case HASHTAG -> hashtags++;
                case EMOJI -> emoji++;
                default -> words++;
            }
        }
        set(buf, idx, 0, cap(urls, 2));
        set(buf, idx, 1, cap(shortUrls, 1));
        set(buf, idx, 2, cap(emails, 1));
        int digitCount = digitCount(original);
        boolean digits = digitCount > 0;
        // The regexes are the costly part; skip the ones that cannot match.
        if (digitCount >= 8) {
            set(buf, idx, 3, cap(regex(PHONE, original, buf, idx, 3), 2));
        }
        if (longestDigitRun(original) >= 5) {
            set(buf, idx, 4, cap(regex(SHORT_CODE, original, buf, idx, 4), 2));
        }
        if (digits) {
            set(buf, idx, 5, cap(regex(MONEY, original, buf, idx, 5), 2));
        }
        Lexicon.TokenHashes th = Lexicon.tokenHashes(view);
        set(buf, idx, 6, cap(lexicon(prize, view, th, buf, idx, 6), 3));
        set(buf, idx, 7, cap(lexicon(crypto, view, th, buf, idx, 7), 2));
        set(buf, idx, 8, cap(lexicon(action, view, th, buf, idx, 8), 3));
        shouting(original, buf, idx, words);
        int runs = repeatedRuns(original);
        set(buf, idx, 11, cap(runs, 3));
        set(buf, idx, 12, cap(count(original, '!'), 5));
        int tokens = Math.max(1, n);
        set(buf, idx, 13, Math.min(1f, 2f * mentions / tokens));
        set(buf, idx, 14, Math.min(1f, 2f * hashtags / tokens));
        set(buf, idx, 15, Math.min(1f, 2f * emoji / tokens));
        set(
                buf,
                idx,
                16,
                digits ? Math.min(1f, 3f * digitCount(original) / original.length()) : 0f);
        set(buf, idx, 17, Math.min(1f, original.length() / 280f));
    }

    private void shouting(String original, FeatureBuffer buf, int[] idx, int words) {
        int upper = 0;
        int cased = 0;
        int capsWords = 0;
        int wordLen = 0;
        boolean allUpper = true;
        for (int i = 0; i <= original.length(); i++) {
            char c = i < original.length() ? original.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c)) {
                    upper++;
                    cased++;
                } else if (Character.isLowerCase(c)) {
                    cased++;
                    allUpper = false;
                } else {
                    allUpper = false;
                }
                wordLen++;
            } else {
                if (wordLen >= 2 && allUpper) {
                    capsWords++;
                }
                wordLen = 0;
                allUpper = true;
            }
        }
        set(buf, idx, 9, cased >= 6 ? (float) upper / cased : 0f);
        set(buf, idx, 10, words > 0 ? Math.min(1f, (float) capsWords / words) : 0f);
    }

    private static boolean isShortener(String text, int start, int end) {
        String url = text.substring(start, end).toLowerCase(Locale.ROOT);
        int scheme = url.indexOf("://");
        String host = scheme >= 0 ? url.substring(scheme + 3) : url;
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        int slash = host.indexOf('/');
        if (slash >= 0) {
            host = host.substring(0, slash);
        }
        return SHORTENERS.contains(host);
    }

    private static int regex(Pattern p, String text, FeatureBuffer buf, int[] idx, int tag) {
        Matcher m = p.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
            span(buf, idx, tag, m.start(), m.end());
        }
        return count;
    }

    private static int lexicon(
            Lexicon lex,
            TextView view,
            Lexicon.TokenHashes th,
            FeatureBuffer buf,
            int[] idx,
            int tag) {
        List<Lexicon.Match> matches = lex.find(view, th);
        for (Lexicon.Match m : matches) {
            span(buf, idx, tag, view.originalStart(m.start()), view.originalEnd(m.end()));
        }
        return matches.size();
    }

    private static int repeatedRuns(String s) {
        int runs = 0;
        int run = 1;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == s.charAt(i - 1) && !Character.isWhitespace(c) && !Character.isDigit(c)) {
                run++;
                if (run == 3) {
                    runs++;
                }
            } else {
                run = 1;
            }
        }
        return runs;
    }

    private static int longestDigitRun(String s) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    private static int digitCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static float cap(int count, int max) {
        return Math.min(count, max) / (float) max;
    }

    /** Records a span occurrence of signal {@code tag} (value is set once, by {@link #set}). */
    private static void span(FeatureBuffer buf, int[] idx, int tag, int start, int end) {
        buf.add(idx[tag], 0f, FeatureBuffer.SIGNAL, start, end, tag);
    }

    private static void set(FeatureBuffer buf, int[] idx, int tag, float value) {
        if (value > 0f) {
            buf.set(idx[tag], value, FeatureBuffer.SIGNAL, -1, -1, tag);
        }
    }

    /** The hashed index of each signal in a feature space of {@code mask + 1}. */
    static int[] indices(int mask) {
        int[] idx = new int[NAMES.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = Hashing.named("signal:" + NAMES.get(i), mask);
        }
        return idx;
    }
}
