package org.manara.streamjobs.outputs;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import org.manara.model.Json;

/** JSON and key bytes for the output serialisers. */
final class JsonBytes {

    /** The shared mapper's JSON; the output records hold only strings, lists and instants. */
    static byte[] of(Object value) {
        try {
            return Json.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise a " + value.getClass().getSimpleName(), e);
        }
    }

    /** A post id as a record key; a null id (impossible after validation) gives a null key. */
    static byte[] key(String postId) {
        return postId == null ? null : postId.getBytes(StandardCharsets.UTF_8);
    }

    private JsonBytes() {}
}
