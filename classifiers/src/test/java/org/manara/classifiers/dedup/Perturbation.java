package org.manara.classifiers.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiFunction;

/** Ways spammers and copy-paste campaigns vary a post, applied to real tweets in the tests. */
enum Perturbation {
    EMOJI_ADDED(
            (t, r) ->
                    insertWord(
                            t, r, new String[] {"😂", "🔥🔥", "👉", "💯", "🙏🏽"}[r.nextInt(5)])),
    URL_CHANGED((t, r) -> t.replaceAll("https?://\\S+", "").trim() + " https://t.co/" + token(r)),
    MENTION_ADDED((t, r) -> "RT @" + token(r) + ": " + t),
    PUNCTUATION((t, r) -> t.replaceAll("[.,;:]", "").replace("!", "") + "!!!"),
    CASE_CHANGED((t, r) -> t.toUpperCase(Locale.ROOT)),
    WORD_REMOVED(
            (t, r) -> {
                List<String> words = new ArrayList<>(Arrays.asList(t.split(" ")));
                words.remove(r.nextInt(words.size()));
                return String.join(" ", words);
            }),
    WORD_REPLACED(
            (t, r) -> {
                String[] words = t.split(" ");
                words[r.nextInt(words.length)] =
                        new String[] {"really", "totally", "now", "lol", "again"}[r.nextInt(5)];
                return String.join(" ", words);
            }),
    WORDS_SWAPPED(
            (t, r) -> {
                String[] words = t.split(" ");
                int i = r.nextInt(words.length - 1);
                String w = words[i];
                words[i] = words[i + 1];
                words[i + 1] = w;
                return String.join(" ", words);
            }),
    /** Emoji, URL and punctuation changed and a word removed, all at once. */
    COMBINED(
            (t, r) ->
                    EMOJI_ADDED.apply(
                            URL_CHANGED.apply(PUNCTUATION.apply(WORD_REMOVED.apply(t, r), r), r),
                            r));

    private final BiFunction<String, Random, String> change;

    Perturbation(BiFunction<String, Random, String> change) {
        this.change = change;
    }

    String apply(String text, Random random) {
        return change.apply(text, random);
    }

    private static String insertWord(String text, Random random, String word) {
        List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
        words.add(random.nextInt(words.size() + 1), word);
        return String.join(" ", words);
    }

    private static String token(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }
}
