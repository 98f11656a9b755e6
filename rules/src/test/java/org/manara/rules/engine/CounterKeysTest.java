package org.manara.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
        CounterSpec authorsPerUrl =
                new CounterSpec(
                        "u", "d", CounterKey.URL, CounterKey.AUTHOR, Duration.ofMinutes(10));
        assertThat(CounterKeys.of(authorsPerUrl, in.post(), in.author(), "f1"))
                .containsExactly("https://www.Shop.example/a", "https://bit.ly/b");
        assertThat(CounterKeys.distinctValues(authorsPerUrl, in.post(), in.author(), "f1"))
                .containsExactly("a-7");
        assertThat(CounterKeys.of(CounterKey.DOMAIN, in.post(), in.author(), "f1"))
                .containsExactly("shop.example", "bit.ly");
        assertThat(CounterKeys.of(CounterKey.FINGERPRINT, in.post(), in.author(), "f1"))
                .containsExactly("f1");
        assertThat(CounterKeys.of(CounterKey.FINGERPRINT, in.post(), in.author(), null)).isEmpty();
        assertThat(CounterKeys.of(CounterKey.HASHTAG, in.post(), in.author(), null))
                .containsExactly("sale");
        CounterSpec posts = new CounterSpec("p", "d", CounterKey.AUTHOR, null, Duration.ofHours(1));
        assertThat(CounterKeys.distinctValues(posts, in.post(), in.author(), null)).isEmpty();
    }
}
