package org.manara.streamjobs.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.List;
import org.manara.model.DeadLetter;
import org.manara.model.Json;
import org.manara.model.Post;
import org.manara.model.Problem;

/**
 * Dead letters for valid posts that a later stage could not process (a poison pill of another
 * kind): the post's JSON as the raw record, the exception as the problem, so the post is kept and
 * the job goes on rather than restarting forever.
 */
public final class PostDeadLetters {

    /** A dead letter for {@code post}, failed in {@code stage} ({@code scoring}, {@code rules}). */
    public static DeadLetter of(Post post, String stage, RuntimeException failure, Instant at) {
        byte[] raw;
        try {
            raw = Json.mapper().writeValueAsBytes(post);
        } catch (JsonProcessingException jsonFailure) {
            raw = new byte[0];
        }
        return DeadLetter.of(
                raw, List.of(new Problem("$", stage + " failed: " + failure)), stage, at);
    }

    private PostDeadLetters() {}
}
