package org.manara.rules.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccountSetTest {

    @Test
    void comparesWithoutCaseOrAtSign() {
        AccountSet s = new AccountSet("s", List.of("@Prize_Bot", "u-17"));
        assertThat(s.contains("prize_bot")).isTrue();
        assertThat(s.contains("@PRIZE_BOT")).isTrue();
        assertThat(s.contains("U-17")).isTrue();
        assertThat(s.contains("prize_bot2")).isFalse();
        assertThat(s.size()).isEqualTo(2);
    }
}
