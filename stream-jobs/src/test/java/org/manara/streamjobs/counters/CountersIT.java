package org.manara.streamjobs.counters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manara.streamjobs.counters.CounterPosts.T0;
import static org.manara.streamjobs.counters.CounterPosts.post;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.manara.streamjobs.pipeline.EnrichedPost;
import org.manara.streamjobs.testing.MiniClusters;

/**
 * The counters of the default pack on a MiniCluster with parallelism 2: 30 posts by one author, 20
 * authors posting one URL, and 5 near-copies sharing one fingerprint band key each come out with
 * every counter, once each.
 */
class CountersIT {

    @RegisterExtension static final MiniClusterExtension FLINK = MiniClusters.withSlots(2);

    @Test
    void postsLeaveWithTheCountersOfTheDefaultPack() throws Exception {
        List<EnrichedPost> in = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            in.add(post("busy-" + i, "busy", T0.plusSeconds(i)));
        }
        for (int i = 0; i < 20; i++) {
            in.add(
                    post(
                            "link-" + i,
                            "linker-" + i,
                            T0.plusSeconds(i),
                            List.of("https://promo.example/deal"),
                            List.of(),
                            List.of()));
        }
        for (int i = 0; i < 5; i++) {
            // near-copies: each shares band 3 with the others, the other bands differ
            List<String> bands = new ArrayList<>();
            for (int b = 0; b < 32; b++) {
                bands.add(b == 3 ? "shared-band" : "copy-" + i + "-band-" + b);
            }
            in.add(
                    post(
                            "copy-" + i,
                            "copier-" + (i % 2),
                            T0.plusSeconds(i),
                            List.of(),
                            List.of(),
                            bands));
        }

        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(2);
        DataStream<EnrichedPost> posts = env.fromData(in, TypeInformation.of(EnrichedPost.class));

        List<EnrichedPost> out = new ArrayList<>();
        try (CloseableIterator<EnrichedPost> it =
                Counters.attach(posts, Counters.defaultSpecs()).executeAndCollect("counters-it")) {
            it.forEachRemaining(out::add);
        }

        assertThat(out).hasSize(in.size());
        assertThat(out).extracting(EnrichedPost::traceId).doesNotHaveDuplicates();
        assertThat(out).allSatisfy(p -> assertThat(p.counters()).hasSize(7));

        // within a bucket the n-th post to reach the state counts n, whatever the order
        assertThat(values(out, id -> id.startsWith("busy-"), "author_posts_1h"))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 30).boxed().toList());
        assertThat(values(out, id -> id.startsWith("busy-"), "author_posts_10m"))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 30).boxed().toList());
        assertThat(values(out, id -> id.startsWith("busy-"), "url_authors_10m")).containsOnly(0L);

        assertThat(values(out, id -> id.startsWith("link-"), "url_authors_10m"))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 20).boxed().toList());
        assertThat(values(out, id -> id.startsWith("link-"), "domain_authors_1h"))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 20).boxed().toList());
        assertThat(values(out, id -> id.startsWith("link-"), "author_posts_1h")).containsOnly(1L);

        assertThat(values(out, id -> id.startsWith("copy-"), "fingerprint_posts_1h"))
                .containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(values(out, id -> id.startsWith("copy-"), "fingerprint_authors_1h"))
                .containsOnly(1L, 2L)
                .contains(2L);
    }

    private static List<Long> values(
            List<EnrichedPost> posts, Predicate<String> ids, String counter) {
        return posts.stream()
                .filter(p -> ids.test(p.post().id()))
                .map(p -> p.counters().get(counter))
                .sorted()
                .toList();
    }
}
