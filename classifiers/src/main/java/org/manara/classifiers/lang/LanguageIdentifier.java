package org.manara.classifiers.lang;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.manara.classifiers.text.NormalizedText;
import org.manara.classifiers.text.Normalizer;
import org.manara.classifiers.text.Token;
import org.manara.classifiers.text.TokenType;

/**
 * Language identification of short posts with Lingua over a fixed set of candidate languages.
 *
 * <p>Lingua sees only the words of a post, taken from the original text: URLs, mentions, e-mail
 * addresses, numbers and emoji say nothing about the language, and the folded text would erase
 * letters that tell languages apart (Persian yeh and keheh against Arabic). Fewer than {@link
 * Builder#minLetters} letters is "und". Build once (language models load at construction, see
 * docs/benchmarks.md for the time and heap), then share: detection is thread-safe.
 *
 * <p>Cheapest answer first (docs/text-stages.md has the measurements): the script most letters are
 * in settles posts whose script only one candidate writes (Cyrillic is ru, Devanagari hi with the
 * default set) without any model. Otherwise Lingua's high-accuracy mode (1- to 5-grams) decides,
 * or, with {@link Builder#fastPath}, its low-accuracy (trigram) mode answers first and high
 * accuracy runs only when that answer's confidence is below {@link Builder#fastPathConfidence}
 * (about twice as fast, one point less accurate on English). Long posts are cut to their first
 * {@link Builder#maxChars} characters of words: a post does not change language half-way, and
 * Lingua's cost grows with the length.
 */
public final class LanguageIdentifier {

    /** Manara's default candidates: its main markets' languages. */
    public static final List<String> DEFAULT_LANGUAGES =
            List.of("en", "ar", "fr", "es", "de", "tr", "fa", "ur", "ru", "id", "pt", "hi");

    /**
     * Default {@link Builder#fastPathConfidence}: about one post in five falls back to high
     * accuracy (docs/text-stages.md has the trade-off measured on mlma_hate).
     */
    public static final double DEFAULT_FAST_PATH_CONFIDENCE = 0.1;

    /** Default {@link Builder#maxChars}. */
    public static final int DEFAULT_MAX_CHARS = 200;

    private final LanguageDetector accurate;
    private final LanguageDetector fast;
    private final double fastPathConfidence;
    private final int maxChars;
    private final ScriptCandidates scripts;
    private final Normalizer normalizer;
    private final int minLetters;
    private final double minRelativeDistance;
    private final List<String> languages;

    private LanguageIdentifier(Builder b) {
        List<Language> langs = new ArrayList<>();
        for (String code : b.languages) {
            langs.add(language(code));
        }
        if (langs.size() < 2) {
            throw new IllegalArgumentException("need at least two candidate languages");
        }
        Language[] candidates = langs.toArray(Language[]::new);
        // Lingua keeps its n-gram models in static maps, so the two detectors share the trigrams.
        this.fast =
                b.lowAccuracy || b.fastPath
                        ? LanguageDetectorBuilder.fromLanguages(candidates)
                                .withPreloadedLanguageModels()
                                .withLowAccuracyMode()
                                .build()
                        : null;
        this.accurate =
                b.lowAccuracy
                        ? null
                        : LanguageDetectorBuilder.fromLanguages(candidates)
                                .withPreloadedLanguageModels()
                                .build();
        this.fastPathConfidence = b.fastPathConfidence;
        this.maxChars = b.maxChars;
        this.scripts = new ScriptCandidates(b.languages);
        this.minRelativeDistance = b.minRelativeDistance;
        this.normalizer = b.normalizer;
        this.minLetters = b.minLetters;
        this.languages = List.copyOf(b.languages);
    }

    /** The default candidate languages in high-accuracy mode. */
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
        List<String> byScript = scripts.of(ScriptCandidates.dominantScript(words));
        if (byScript.size() == 1) {
            return new LanguageGuess(byScript.get(0), 1.0);
        }
        if (fast == null) {
            return detect(accurate, words);
        }
        LanguageGuess quick = detect(fast, words);
        if (accurate == null || quick.confidence() >= fastPathConfidence) {
            return quick;
        }
        return detect(accurate, words);
    }

    private LanguageGuess detect(LanguageDetector detector, String words) {
        // One Lingua call: detectLanguageOf would compute the same values again.
        SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(words);
        if (values.isEmpty()) {
            return LanguageGuess.undetermined();
        }
        Iterator<Map.Entry<Language, Double>> it = values.entrySet().iterator();
        Map.Entry<Language, Double> best = it.next();
        double distance = 1.0;
        if (it.hasNext()) {
            // Values are relative to the winner (1.0), so this is Lingua's relative distance.
            distance = best.getValue() - it.next().getValue();
        }
        if (distance <= 0 || distance < minRelativeDistance || best.getKey() == Language.UNKNOWN) {
            return LanguageGuess.undetermined();
        }
        return new LanguageGuess(code(best.getKey()), distance);
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

    private static String code(Language language) {
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    /** Configuration of a {@link LanguageIdentifier}. */
    public static final class Builder {
        private List<String> languages = DEFAULT_LANGUAGES;
        private boolean lowAccuracy;
        private boolean fastPath;
        private double fastPathConfidence = DEFAULT_FAST_PATH_CONFIDENCE;
        private int maxChars = DEFAULT_MAX_CHARS;
        private double minRelativeDistance;
        private int minLetters = 3;
        private Normalizer normalizer = Normalizer.standard();

        private Builder() {}

        /** Candidate languages as ISO 639-1 codes. */
        public Builder languages(Collection<String> codes) {
            this.languages = List.copyOf(Objects.requireNonNull(codes, "codes"));
            return this;
        }

        /**
         * Lingua's trigram-only mode alone, never the high-accuracy models: faster to load and much
         * smaller, less accurate on short text.
         */
        public Builder lowAccuracy(boolean lowAccuracy) {
            this.lowAccuracy = lowAccuracy;
            return this;
        }

        /**
         * Whether Lingua's low-accuracy mode answers first, with high accuracy only below {@link
         * #fastPathConfidence}; off by default (high accuracy on every post that needs a model).
         */
        public Builder fastPath(boolean fastPath) {
            this.fastPath = fastPath;
            return this;
        }

        /**
         * The low-accuracy answer is kept when its confidence (relative distance to the runner-up)
         * is at least this; below it high accuracy decides. 0 keeps every fast answer.
         */
        public Builder fastPathConfidence(double confidence) {
            if (confidence < 0 || confidence > 1) {
                throw new IllegalArgumentException("fastPathConfidence must be in [0, 1]");
            }
            this.fastPathConfidence = confidence;
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
