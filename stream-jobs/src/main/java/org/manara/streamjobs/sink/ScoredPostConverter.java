package org.manara.streamjobs.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.manara.model.Json;
import org.manara.model.ScoredPost;

/**
 * A scored post becomes the JSON of {@link ScoredPost} (what the API reads back), indexed under the
 * post id in the daily index of the post's own {@code created_at}: a replay writes the same id to
 * the same index, so it overwrites rather than duplicates.
 */
public final class ScoredPostConverter implements ElementConverter<ScoredPost, IndexRequestEntry> {
    private static final long serialVersionUID = 1L;

    private final PostsIndex index;

    public ScoredPostConverter(PostsIndex index) {
        this.index = index;
    }

    @Override
    public IndexRequestEntry apply(ScoredPost scored, SinkWriter.Context context) {
        return convert(index, scored);
    }

    public static IndexRequestEntry convert(PostsIndex index, ScoredPost scored) {
        try {
            return new IndexRequestEntry(
                    index.indexFor(scored.post().createdAt()),
                    DocumentIds.of(scored.post().id()),
                    Json.mapper().writeValueAsBytes(scored),
                    scored.post().createdAt() == null
                            ? -1L
                            : scored.post().createdAt().toEpochMilli());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise scored post " + scored.post().id(), e);
        }
    }
}
