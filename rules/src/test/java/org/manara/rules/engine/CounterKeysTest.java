package org.manara.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.manara.rules.Inputs;
import org.manara.rules.counters.CounterKey;
import org.manara.rules.counters.CounterSpec;

class CounterKeysTest {

    @Test
    void keysAndDistinctValuesOfAPost() {
        RuleInput in =
                Inputs.post("x")
                        .author("a-7")
                        .urls("https://www.Shop.example/a", "https://bit.ly/b")
                        .hashtags("sale")
                        .build();
        List<String> fp = List.of("f1", "f2");
        CounterSpec authorsPerUrl =
                new CounterSpec(
                        "u", "d", CounterKey.URL, CounterKey.AUTHOR, Duration.ofMinutes(10));
        assertThat(CounterKeys.of(authorsPerUrl, in.post(), in.author(), fp))
                .containsExactly("https://www.Shop.example/a", "https://bit.ly/b");
        assertThat(CounterKeys.distinctValues(authorsPerUrl, in.post(), in.author(), fp))
                .containsExactly("a-7");
        assertThat(CounterKeys.of(CounterKey.DOMAIN, in.post(), in.author(), fp))
                .containsExactly("shop.example", "bit.ly");
        assertThat(CounterKeys.of(CounterKey.FINGERPRINT, in.post(), in.author(), fp))
                .containsExactly("f1", "f2");
        assertThat(CounterKeys.of(CounterKey.FINGERPRINT, in.post(), in.author(), null)).isEmpty();
        assertThat(CounterKeys.of(CounterKey.HASHTAG, in.post(), in.author(), null))
                .containsExactly("sale");
        CounterSpec posts = new CounterSpec("p", "d", CounterKey.AUTHOR, null, Duration.ofHours(1));
        assertThat(CounterKeys.distinctValues(posts, in.post(), in.author(), null)).isEmpty();
    }

    @Test
    void aTextContributesOneDistinctFingerprint() {
        RuleInput in = Inputs.post("x").author("a-7").build();
        CounterSpec textsPerAuthor =
                new CounterSpec(
                        "t", "d", CounterKey.AUTHOR, CounterKey.FINGERPRINT, Duration.ofHours(1));
        assertThat(
                        CounterKeys.distinctValues(
                                textsPerAuthor, in.post(), in.author(), List.of("f1", "f2")))
                .containsExactly("f1");
        assertThat(CounterKeys.distinctValues(textsPerAuthor, in.post(), in.author(), List.of()))
                .isEmpty();
    }

    @Test
    void fingerprintKeysAreTheFirstNonEmptyBands() {
        List<String> bands = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            bands.add(String.format("%016x", i));
        }
        bands.set(2, "");
        assertThat(CounterKeys.fingerprintKeys(bands))
                .hasSize(CounterKeys.FINGERPRINT_BANDS)
                .containsExactly(
                        "0000000000000000",
                        "0000000000000001",
                        "0000000000000003",
                        "0000000000000004");
        assertThat(CounterKeys.fingerprintKeys(Arrays.asList("a", "b"))).containsExactly("a", "b");
        assertThat(CounterKeys.fingerprintKeys(List.of())).isEmpty();
        assertThat(CounterKeys.fingerprintKeys(null)).isEmpty();
    }
}
