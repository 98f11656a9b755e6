package org.manara.classifiers.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.manara.classifiers.text.Normalizer;

class MaskingTest {

    @Test
    void masksNonLanguageWithSameLengthSpaces() {
        String post = "RT @cnn: Obama in Paris 😂❤️ http://t.co/x me@x.com";
        String masked = Masking.mask(Normalizer.standard().normalize(post));
        assertThat(masked).hasSameSizeAs(post);
        assertThat(masked.strip().replaceAll(" +", " ")).isEqualTo("RT : Obama in Paris");
    }

    @Test
    void keepsArabicPersianSpellingAndPunctuation() {
        String post = "می‌خواهم، ذهبَ الرئيسُ إلى القاهرة! £100";
        assertThat(Masking.mask(Normalizer.standard().normalize(post))).isEqualTo(post);
    }
}
