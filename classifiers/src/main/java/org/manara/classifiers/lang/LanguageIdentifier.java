package org.manara.classifiers.lang;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.manara.classifiers.text.NormalizedText;
import org.manara.classifiers.text.Normalizer;
import org.manara.classifiers.text.Token;
import org.manara.classifiers.text.TokenType;

/**
 * Language identification of short posts with Lingua's language models over a fixed set of
 * candidate languages.
 *
 * <p>Only the words of a post are looked at, taken from the original text: URLs, mentions, e-mail
 * addresses, numbers and emoji say nothing about the language, and the folded text would erase
 * letters that tell languages apart (Persian yeh and keheh against Arabic). Fewer than {@link
 * Builder#minLetters} letters is "und". Build once (the models load at construction, see
 * docs/benchmarks.md for the time and heap), then share: detection is thread-safe.
 *
 * <p>Cheapest answer first (docs/text-stages.md has the measurements): the script most letters are
 * in settles posts whose script only one candidate writes (Cyrillic is ru, Devanagari hi with the
 * default set) without any model, and a script no candidate writes is "und". Otherwise the
 * candidates that write that script are scored with Lingua's 1- to 5-gram models the way Lingua's
 * high-accuracy mode scores them, from tables compiled for speed ({@link NgramModel}). Long posts
 * are cut to their first {@link Builder#maxChars} characters of words: a post does not change
 * language half-way, and the cost grows with the length.
 */
public final class LanguageIdentifier {

    /** Manara's default candidates: its main markets' languages. */
    public static final List<String> DEFAULT_LANGUAGES =
            List.of("en", "ar", "fr", "es", "de", "tr", "fa", "ur", "ru", "id", "pt", "hi");

    /** Default {@link Builder#maxChars}. */
    public static final int DEFAULT_MAX_CHARS = 200;

    private final int maxChars;
    private final ScriptCandidates scripts;

    /** The compiled models of each script that more than one candidate writes. */
    private final Map<Integer, NgramModel> models = new HashMap<>();

    private final Normalizer normalizer;
    private final int minLetters;
    private final double minRelativeDistance;
    private final List<String> languages;

    private LanguageIdentifier(Builder b) {
        for (String code : b.languages) {
            language(code);
        }
        if (new HashSet<>(b.languages).size() < 2) {
            throw new IllegalArgumentException("need at least two candidate languages");
        }
        this.maxChars = b.maxChars;
        this.scripts = new ScriptCandidates(b.languages);
        scripts.byScript()
                .forEach(
                        (script, codes) -> {
                            if (codes.size() > 1) {
                                models.put(script, NgramModel.of(codes));
                            }
                        });
        this.minRelativeDistance = b.minRelativeDistance;
        this.normalizer = b.normalizer;
        this.minLetters = b.minLetters;
        this.languages = List.copyOf(b.languages);
    }

    /** The default candidate languages. */
    public static LanguageIdentifier create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The candidate languages, ISO 639-1. */
    public List<String> languages() {
        return languages;
    }

    public LanguageGuess detect(String text) {
        return detect(normalizer.normalize(text));
    }

    /** Detects the language of an already normalised post (saves normalising twice). */
    public LanguageGuess detect(NormalizedText text) {
        String words = languageText(text, maxChars);
        int letters = 0;
        for (int i = 0; i < words.length() && letters < minLetters; i++) {
            if (Character.isLetter(words.charAt(i))) {
                letters++;
            }
        }
        if (letters < minLetters) {
            return LanguageGuess.undetermined();
        }
        int script = ScriptCandidates.dominantScript(words);
        List<String> byScript = scripts.of(script);
        if (byScript.size() == 1) {
            return new LanguageGuess(byScript.get(0), 1.0);
        }
        NgramModel model = models.get(script);
        if (model == null) {
            return LanguageGuess.undetermined();
        }
        double[] scores = model.scores(words);
        int best = -1;
        int second = -1;
        for (int l = 0; l < scores.length; l++) {
            if (scores[l] == 0) {
                continue; // the language knows none of the text's n-grams
            }
            if (best < 0 || scores[l] > scores[best]) {
                second = best;
                best = l;
            } else if (second < 0 || scores[l] > scores[second]) {
                second = l;
            }
        }
        if (best < 0) {
            return LanguageGuess.undetermined();
        }
        // Lingua's relative distance: 1 - best / runner-up (both negative log-likelihoods).
        double distance = second < 0 ? 1.0 : 1.0 - scores[best] / scores[second];
        if (distance <= 0 || distance < minRelativeDistance) {
            return LanguageGuess.undetermined();
        }
        return new LanguageGuess(model.languages().get(best), distance);
    }

    /** The original text of the post's word and hashtag tokens (without the '#'). */
    static String languageText(NormalizedText text) {
        return languageText(text, Integer.MAX_VALUE);
    }

    /**
     * The same, stopping at the first token that would take it past {@code maxChars} (at least one
     * token is kept).
     */
    static String languageText(NormalizedText text, int maxChars) {
        String original = text.original();
        StringBuilder b = new StringBuilder(Math.min(original.length(), maxChars));
        for (Token t : text.literal().tokens()) {
            if (t.type() == TokenType.WORD || t.type() == TokenType.HASHTAG) {
                int start = t.originalStart();
                if (t.type() == TokenType.HASHTAG) {
                    start++;
                }
                if (!b.isEmpty()) {
                    if (b.length() + 1 + t.originalEnd() - start > maxChars) {
                        break;
                    }
                    b.append(' ');
                }
                // Hashtags join words with underscores; Lingua wants them apart.
                b.append(original, start, t.originalEnd());
            }
        }
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) == '_') {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    private static Language language(String code) {
        IsoCode639_1 iso;
        try {
            iso = IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ISO 639-1 language code: " + code, e);
        }
        return Language.getByIsoCode639_1(iso);
    }

    /** Configuration of a {@link LanguageIdentifier}. */
    public static final class Builder {
        private List<String> languages = DEFAULT_LANGUAGES;
        private int maxChars = DEFAULT_MAX_CHARS;
        private double minRelativeDistance;
        private int minLetters = 3;
        private Normalizer normalizer = Normalizer.standard();

        private Builder() {}

        /** Candidate languages as ISO 639-1 codes. */
        public Builder languages(Collection<String> codes) {
            this.languages =
                    Objects.requireNonNull(codes, "codes").stream()
                            .map(c -> c.toLowerCase(Locale.ROOT))
                            .toList();
            return this;
        }

        /** Only the first this many characters of a post's words are looked at. */
        public Builder maxChars(int maxChars) {
            if (maxChars < 16) {
                throw new IllegalArgumentException("maxChars must be at least 16");
            }
            this.maxChars = maxChars;
            return this;
        }

        /**
         * How far ahead of the runner-up the winner must be (Lingua's minimum relative distance, 0
         * to 0.99) before a language is returned instead of "und".
         */
        public Builder minRelativeDistance(double distance) {
            if (distance < 0 || distance > 0.99) {
                throw new IllegalArgumentException("minRelativeDistance must be in [0, 0.99]");
            }
            this.minRelativeDistance = distance;
            return this;
        }

        /** Fewer letters than this and the answer is "und". */
        public Builder minLetters(int minLetters) {
            if (minLetters < 1) {
                throw new IllegalArgumentException("minLetters must be at least 1");
            }
            this.minLetters = minLetters;
            return this;
        }

        public Builder normalizer(Normalizer normalizer) {
            this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
            return this;
        }

        public LanguageIdentifier build() {
            return new LanguageIdentifier(this);
        }
    }
}
