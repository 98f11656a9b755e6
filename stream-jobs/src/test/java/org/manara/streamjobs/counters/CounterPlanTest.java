package org.manara.streamjobs.counters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.manara.streamjobs.counters.CounterPosts.T0;
import static org.manara.streamjobs.counters.CounterPosts.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.manara.rules.counters.CounterKey;
import org.manara.rules.counters.CounterSpec;
import org.manara.rules.engine.CounterKeys;
import org.manara.rules.format.RuleSource;

class CounterPlanTest {
    static final CounterPlan DEFAULT = CounterPlan.of(Counters.defaultSpecs());

    @Test
    void theDefaultPackDeclaresItsCountersWithoutCompilingRules() {
        assertThat(DEFAULT.names())
                .containsExactly(
                        "author_posts_10m",
                        "author_posts_1h",
                        "url_authors_10m",
                        "domain_authors_1h",
                        "fingerprint_posts_1h",
                        "fingerprint_authors_1h",
                        "hashtag_authors_10m");
    }

    @Test
    void countersOverTheSameKeyAndWindowShareAGroup() {
        assertThat(DEFAULT.groups())
                .extracting(CounterGroup::id)
                .containsExactly(
                        "author@10m",
                        "author@1h",
                        "url@10m",
                        "domain@1h",
                        "fingerprint@1h",
                        "hashtag@10m");
        CounterGroup fingerprint = DEFAULT.group(4);
        assertThat(fingerprint.counters()).containsExactly(4, 5);
        assertThat(fingerprint.measures()).containsExactly(null, CounterKey.AUTHOR);
        assertThat(fingerprint.fields()).containsExactly(CounterKey.AUTHOR);
        assertThat(fingerprint.bucketMillis()).isEqualTo(360_000);
    }

    @Test
    void aPostRequestsOncePerGroupAndDistinctKey() {
        List<String> bands = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            bands.add("band" + i);
        }
        var p =
                post(
                        "p1",
                        "a-1",
                        T0,
                        List.of(
                                "https://www.shop.example/a",
                                "https://shop.example/b",
                                "https://www.shop.example/a"),
                        List.of("#Sale", "sale", "deal"),
                        bands);
        List<CounterRequest> requests = DEFAULT.requests(p, 0);

        Map<String, Integer> perGroup = new TreeMap<>();
        for (CounterRequest r : requests) {
            perGroup.merge(DEFAULT.group(r.group()).id(), 1, Integer::sum);
            assertThat(r.traceId()).isEqualTo("trace-p1");
            assertThat(r.time()).isEqualTo(T0.toEpochMilli());
        }
        assertThat(perGroup)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(
                                "author@10m", 1,
                                "author@1h", 1,
                                "url@10m", 2,
                                "domain@1h", 1,
                                "fingerprint@1h", CounterKeys.FINGERPRINT_BANDS,
                                "hashtag@10m", 2));
        assertThat(requests)
                .extracting(CounterRequest::key)
                .contains(
                        "author@1h|a-1",
                        "url@10m|https://www.shop.example/a",
                        "domain@1h|shop.example",
                        "fingerprint@1h|band0",
                        "fingerprint@1h|band" + (CounterKeys.FINGERPRINT_BANDS - 1),
                        "hashtag@10m|sale")
                .doesNotContain("fingerprint@1h|band" + CounterKeys.FINGERPRINT_BANDS);
        CounterRequest url =
                requests.stream().filter(r -> r.key().startsWith("url@")).findFirst().get();
        assertThat(url.distinct()).containsExactly(new DistinctValue(0, "a-1"));
        CounterRequest author =
                requests.stream().filter(r -> r.key().startsWith("author@")).findFirst().get();
        assertThat(author.distinct()).isEmpty();
    }

    @Test
    void aPostWithoutKeysRequestsNothingForThatCounter() {
        List<CounterRequest> requests = DEFAULT.requests(post("p2", "a-2", T0), 0);
        assertThat(requests)
                .extracting(CounterRequest::key)
                .containsExactly("author@10m|a-2", "author@1h|a-2");
    }

    @Test
    void valuesByNameCoverEveryCounter() {
        long[] values = {3, 4, 0, 0, 1, 1, 0};
        assertThat(DEFAULT.valuesByName(values))
                .containsEntry("author_posts_10m", 3L)
                .containsEntry("author_posts_1h", 4L)
                .containsEntry("hashtag_authors_10m", 0L)
                .hasSize(7);
    }

    @Test
    void invalidCountersYamlIsRefusedWithItsLine() {
        RuleSource source =
                RuleSource.of(
                        Map.of(
                                "counters.yaml",
                                "counters:\n"
                                        + "  - name: x\n"
                                        + "    description: d\n"
                                        + "    key: colour\n"
                                        + "    window: 1h\n"));
        assertThatThrownBy(() -> Counters.specs(source))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("counters.yaml:4")
                .hasMessageContaining("colour");
    }

    @Test
    void duplicateNamesAreRefused() {
        CounterSpec a = CounterPosts.posts("a", CounterKey.AUTHOR, java.time.Duration.ofHours(1));
        assertThatThrownBy(() -> CounterPlan.of(List.of(a, a)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate counter 'a'");
    }
}
