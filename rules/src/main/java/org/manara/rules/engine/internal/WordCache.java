package org.manara.rules.engine.internal;

import org.manara.rules.engine.TextNormalizer;

/**
 * The words of the last text seen on this thread. Every {@code contains_any} of a rule set is
 * usually called on the same string ({@code post.normalized_text}), so it is normalised and split
 * once per post rather than once per rule. A text known to be the normaliser's output already
 * ({@link #normalized}) is only split: {@link TextNormalizer} is idempotent.
 */
public final class WordCache {
    private final TextNormalizer normalizer;
    private final ThreadLocal<Entry> last = ThreadLocal.withInitial(() -> new Entry(null, null));

    private record Entry(String text, String[] words) {}

    public WordCache(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public String[] words(String text) {
        Entry e = last.get();
        if (e.text == text) {
            if (e.words != null) {
                return e.words;
            }
            String[] words = Tokens.split(text);
            last.set(new Entry(text, words));
            return words;
        }
        String[] words = Tokens.split(normalizer.normalize(text));
        last.set(new Entry(text, words));
        return words;
    }

    /**
     * Declares {@code text} (this very string) to be the normaliser's output: until another text is
     * seen on this thread, {@link #words} splits it without normalising it again. Splitting is left
     * to the first call, so a rule set without word sets pays nothing.
     */
    public void normalized(String text) {
        Entry e = last.get();
        if (e.text != text) {
            last.set(new Entry(text, null));
        }
    }
}
