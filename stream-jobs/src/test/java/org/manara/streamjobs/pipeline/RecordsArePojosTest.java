package org.manara.streamjobs.pipeline;

import static org.apache.flink.types.PojoTestUtils.assertSerializedAsPojoWithoutKryo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.manara.model.Author;
import org.manara.model.CategoryScore;
import org.manara.model.DeadLetter;
import org.manara.model.Evidence;
import org.manara.model.Post;
import org.manara.model.Problem;
import org.manara.model.RuleMatch;
import org.manara.model.ScoredPost;
import org.manara.model.Scores;
import org.manara.model.Verdict;
import org.manara.streamjobs.serde.RawPost;
import org.manara.streamjobs.testing.TestAnalyzer;
import org.manara.streamjobs.testing.TestPosts;

/** Every record flowing between operators must be a Flink POJO: no Kryo, cheap, evolvable. */
class RecordsArePojosTest {

    @Test
    void rawPost() {
        assertSerializedAsPojoWithoutKryo(RawPost.class);
    }

    @Test
    void post() {
        assertSerializedAsPojoWithoutKryo(Post.class);
        assertSerializedAsPojoWithoutKryo(Author.class);
    }

    @Test
    void scoredPost() {
        assertSerializedAsPojoWithoutKryo(ScoredPost.class);
        assertSerializedAsPojoWithoutKryo(Scores.class);
        assertSerializedAsPojoWithoutKryo(CategoryScore.class);
        assertSerializedAsPojoWithoutKryo(Evidence.class);
        assertSerializedAsPojoWithoutKryo(Verdict.class);
        assertSerializedAsPojoWithoutKryo(RuleMatch.class);
        assertSerializedAsPojoWithoutKryo(org.manara.model.TextAnalysis.class);
    }

    @Test
    void enrichedPost() {
        assertSerializedAsPojoWithoutKryo(EnrichedPost.class);
    }

    @Test
    void anEnrichedPostComesBackWithItsBandKeys() throws Exception {
        Post post = TestPosts.post("p1", "join the march downtown at noon #justice");
        EnrichedPost enriched =
                TestAnalyzer.shared()
                        .enrich(
                                post,
                                TestAnalyzer.shared().normalize(post),
                                new Scores(null, "test"),
                                "trace-1")
                        .withCounters(Map.of("author_posts_10m", 3L));
        TypeSerializer<EnrichedPost> serializer =
                TypeInformation.of(EnrichedPost.class).createSerializer(new SerializerConfigImpl());
        DataOutputSerializer out = new DataOutputSerializer(1024);
        serializer.serialize(enriched, out);

        EnrichedPost back =
                serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

        assertThat(back).isEqualTo(enriched);
        assertThat(back.bandKeys()).hasSize(32);
        assertThat(back.fullAnalysis()).isEqualTo(TestAnalyzer.shared().analyse(post));
    }

    @Test
    void deadLetter() {
        assertSerializedAsPojoWithoutKryo(DeadLetter.class);
        assertSerializedAsPojoWithoutKryo(Problem.class);
    }
}
