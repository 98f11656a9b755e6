package org.manara.streamjobs.pipeline;

import static org.apache.flink.types.PojoTestUtils.assertSerializedAsPojoWithoutKryo;

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
    void deadLetter() {
        assertSerializedAsPojoWithoutKryo(DeadLetter.class);
        assertSerializedAsPojoWithoutKryo(Problem.class);
    }
}
