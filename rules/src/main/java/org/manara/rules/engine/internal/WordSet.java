package org.manara.rules.engine.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.manara.rules.engine.TextNormalizer;
import org.manara.rules.format.SetKind;

/**
 * Words and phrases, normalised and split into words like post text. Matching walks the text's
 * words once and, at each, tries the items that start with that word, so a text is checked against
 * a large list in time linear in its length.
 */
public final class WordSet implements NamedSet {
    private final String name;
    private final TextNormalizer normalizer;
    private final Set<String> phrases = new HashSet<>();
    private final Map<String, String[][]> byFirstWord = new HashMap<>();

    public WordSet(String name, List<String[]> items, TextNormalizer normalizer) {
        this.name = name;
        this.normalizer = normalizer;
        Map<String, java.util.List<String[]>> grouped = new HashMap<>();
        for (String[] words : items) {
            if (phrases.add(String.join(" ", words))) {
                grouped.computeIfAbsent(words[0], k -> new java.util.ArrayList<>()).add(words);
            }
        }
        grouped.forEach((k, v) -> byFirstWord.put(k, v.toArray(new String[0][])));
    }

    /** The words of an item as it will be matched; empty when it normalises to nothing. */
    public static String[] wordsOf(String item, TextNormalizer normalizer) {
        return Tokens.split(normalizer.normalize(item));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SetKind kind() {
        return SetKind.WORDS;
    }

    @Override
    public int size() {
        return phrases.size();
    }

    @Override
    public boolean contains(String value) {
        return phrases.contains(String.join(" ", wordsOf(value, normalizer)));
    }

    /** Whether any item occurs in {@code words} as whole consecutive words. */
    public boolean matchesAny(String[] words) {
        for (int i = 0; i < words.length; i++) {
            String[][] candidates = byFirstWord.get(words[i]);
            if (candidates != null) {
                for (String[] c : candidates) {
                    if (matchesAt(words, i, c)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** How many distinct items occur in {@code words}. */
    public long countDistinct(String[] words) {
        Set<String[]> found = null;
        for (int i = 0; i < words.length; i++) {
            String[][] candidates = byFirstWord.get(words[i]);
            if (candidates != null) {
                for (String[] c : candidates) {
                    if (matchesAt(words, i, c)) {
                        if (found == null) {
                            found =
                                    java.util.Collections.newSetFromMap(
                                            new java.util.IdentityHashMap<>());
                        }
                        found.add(c);
                    }
                }
            }
        }
        return found == null ? 0 : found.size();
    }

    private static boolean matchesAt(String[] words, int i, String[] item) {
        if (i + item.length > words.length) {
            return false;
        }
        for (int k = 1; k < item.length; k++) {
            if (!words[i + k].equals(item[k])) {
                return false;
            }
        }
        return true;
    }
}
