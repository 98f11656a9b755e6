package org.manara.classifiers.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
