package org.manara.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BasicTextNormalizerTest {
    private final TextNormalizer n = TextNormalizer.basic();

    @Test
    void foldsCaseWidthAndSpaces() {
        assertThat(n.normalize("  Ｆｒｅｅ   MONEY\t\nNow ")).isEqualTo("free money now");
    }

    @Test
    void removesInvisibleCharacters() {
        assertThat(n.normalize("fr\u200Bee mo\u200Dney\u200E")).isEqualTo("free money");
        assertThat(n.normalize("\uFEFFhello")).isEqualTo("hello");
    }

    @Test
    void foldsDigitsOfEveryScript() {
        assertThat(n.normalize("٠٥٥١٢٣ ۴۵۶ १२३")).isEqualTo("055123 456 123");
    }

    @Test
    void foldsArabicSpellingVariants() {
        // harakat and tatweel dropped, alef forms folded, ta marbuta and alef maqsura folded
        assertThat(n.normalize("مَبْرُوك رَبِحْتَ جـــائزة"))
                .isEqualTo(n.normalize("مبروك ربحت جائزه"));
        assertThat(n.normalize("أحمد إلى آخر")).isEqualTo("احمد الي اخر");
        assertThat(n.normalize("مدرسة")).isEqualTo("مدرسه");
        // Persian keheh and yeh spellings of Arabic letters
        assertThat(n.normalize("کتاب علی")).isEqualTo("كتاب علي");
    }

    @Test
    void isIdempotent() {
        String once = n.normalize("Ｍｉｘｅｄ  مَبْرُوك ١٢٣ Text\u200B!");
        assertThat(n.normalize(once)).isEqualTo(once);
    }
}
