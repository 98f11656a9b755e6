package org.manara.classifiers.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.lang.UScript;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.manara.classifiers.text.Normalizer;

class LanguageIdentifierTest {

    @Test
    void rejectsUnknownCodesAndTooFewLanguagesBeforeLoadingModels() {
        assertThatThrownBy(
                        () -> LanguageIdentifier.builder().languages(List.of("en", "xx")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xx");
        assertThatThrownBy(() -> LanguageIdentifier.builder().languages(List.of("en")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two");
        assertThatThrownBy(() -> LanguageIdentifier.builder().minRelativeDistance(1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LanguageIdentifier.builder().minLetters(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LanguageIdentifier.builder().minRelativeDistance(-0.1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LanguageIdentifier.builder().maxChars(8))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Chinese and Japanese share thousands of Han characters, more than the narrow character ids
     * number, and Lingua has only unigram models for them: the models are built with wide ids.
     * (Loads in under a second, so a unit test.)
     */
    @Test
    void languagesWithLargeAlphabetsAndOnlyUnigramModels() {
        LanguageIdentifier cjk =
                LanguageIdentifier.builder().languages(List.of("zh", "ja", "ko", "en")).build();
        assertThat(cjk.detect("今天天气很好我们去公园吧").language()).isEqualTo("zh");
        assertThat(cjk.detect("今日はとても良い天気ですね").language()).isEqualTo("ja");
        assertThat(cjk.detect("오늘 날씨가 정말 좋네요").language()).isEqualTo("ko");
        assertThat(cjk.detect("The weather is nice today").language()).isEqualTo("en");
        // a long Chinese text: no trigram model, so not the trigrams-only rule
        assertThat(cjk.detect("今天天气很好我们去公园吧".repeat(12)).language()).isEqualTo("zh");
        assertThat(cjk.detect("Сегодня отличная погода")).isEqualTo(LanguageGuess.undetermined());
    }

    @Test
    void longPostsAreCutAtAWordBoundary() {
        String post = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu";
        String text = LanguageIdentifier.languageText(Normalizer.standard().normalize(post), 20);
        assertThat(text).isEqualTo("alpha beta gamma");
        // A first word longer than the limit is still kept: something must be looked at.
        assertThat(
                        LanguageIdentifier.languageText(
                                Normalizer.standard().normalize("internationalisation"), 16))
                .isEqualTo("internationalisation");
    }

    @Test
    void scriptsMapToTheCandidatesThatWriteThem() {
        ScriptCandidates scripts = new ScriptCandidates(LanguageIdentifier.DEFAULT_LANGUAGES);
        assertThat(scripts.of(UScript.CYRILLIC)).containsExactly("ru");
        assertThat(scripts.of(UScript.DEVANAGARI)).containsExactly("hi");
        assertThat(scripts.of(UScript.ARABIC)).containsExactly("ar", "fa", "ur");
        assertThat(scripts.of(UScript.LATIN)).contains("en", "fr", "tr", "id").hasSize(7);
        assertThat(scripts.of(UScript.GREEK)).isEmpty();
        assertThat(ScriptCandidates.dominantScript("RT 123 Привет всем hello"))
                .isEqualTo(UScript.CYRILLIC);
        assertThat(ScriptCandidates.dominantScript("123 😂 !!")).isEqualTo(UScript.INVALID_CODE);
    }

    @Test
    void languageTextKeepsOriginalWordsAndDropsLinksMentionsNumbersAndEmoji() {
        String post = "RT @user123: سلام دوستان! #خبر_فوری http://t.co/xYz 2024 😂 Ça va";
        String text = LanguageIdentifier.languageText(Normalizer.standard().normalize(post));
        // Persian yeh and keheh are not folded to Arabic letters here: they tell fa from ar.
        assertThat(text).isEqualTo("RT سلام دوستان خبر فوری Ça va");
    }

    @Test
    void defaultLanguagesCoverManarasMarkets() {
        assertThat(LanguageIdentifier.DEFAULT_LANGUAGES)
                .contains("en", "ar", "fr", "es", "de", "tr", "fa", "ur", "ru", "id", "pt", "hi");
    }
}
