package org.manara.rules.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void splitsOnAnythingButLettersDigitsAndMarks() {
        assertThat(Tokens.split("you've won!! claim-now: https://bit.ly/x"))
                .containsExactly("you", "ve", "won", "claim", "now", "https", "bit", "ly", "x");
        assertThat(Tokens.split("مبروك، ربحت جائزه 🎁 ٥٠٠٠"))
                .containsExactly("مبروك", "ربحت", "جائزه", "٥٠٠٠");
        assertThat(Tokens.split("नमस्ते दुनिया")).containsExactly("नमस्ते", "दुनिया");
        assertThat(Tokens.split("  ...  ")).isEmpty();
        assertThat(Tokens.split("single")).containsExactly("single");
    }
}
