package org.manara.classifiers.lang;

/**
 * A language identification result: an ISO 639-1 code ({@code "und"} when the text is too short or
 * no language is clearly ahead) and a confidence in [0, 1]: Lingua's relative distance between the
 * winner and the runner-up (its scores are log-likelihood ratios to the winner, so 0 is a tie and 1
 * means no other candidate was possible, e.g. a script only one candidate uses).
 */
public record LanguageGuess(String language, double confidence) {

    /** BCP 47 / ISO 639-2 code for "undetermined". */
    public static final String UNDETERMINED = "und";

    public static LanguageGuess undetermined() {
        return new LanguageGuess(UNDETERMINED, 0.0);
    }

    public boolean isDetermined() {
        return !UNDETERMINED.equals(language);
    }
}
